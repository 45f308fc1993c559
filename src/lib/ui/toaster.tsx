'use client';

import { useSyncExternalStore } from 'react';
import { Toaster as Sonner, type ToasterProps } from 'sonner';

const PHONE = '(max-width: 639px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Toasts for confirmations that need no answer ("Saved"). Sonner announces them politely. On a
 * phone they drop from the top: at the bottom they would sit over the list a person just changed,
 * right where their thumb goes next (the row's own buttons).
 */
export function Toaster(props: ToasterProps) {
  const isPhone = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
  return (
    <Sonner
      position={isPhone ? 'top-center' : 'bottom-center'}
      toastOptions={{ classNames: { toast: 'rounded-xl border border-gray-200 bg-white text-ink shadow-lg', description: 'text-muted' } }}
      {...props}
    />
  );
}

export { toast } from 'sonner';
