'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * A hidden `next` field holding the page the person is on now. The header that carries it is
 * drawn once by a layout and kept across client-side navigations, so the path the server saw when
 * it drew the header (`initial`) goes stale: after moving from Projects to Billing, switching the
 * language went back to Projects. The server's value serves the first paint (and forms without
 * JavaScript); after each navigation the browser's own address wins.
 */
export function CurrentPathInput({ name, initial }: { name: string; initial: string }) {
  const pathname = usePathname();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The query string too (a filtered list stays filtered), read from the address bar rather than
    // useSearchParams, which would make every page using the header opt out of static rendering.
    if (input.current) input.current.value = window.location.pathname + window.location.search;
  }, [pathname]);
  return <input ref={input} type="hidden" name={name} defaultValue={initial} />;
}
