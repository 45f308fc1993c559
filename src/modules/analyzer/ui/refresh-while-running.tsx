'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Re-renders the (server) progress page every 2 s until the analysis is done or failed. */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
