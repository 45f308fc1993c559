'use client';

import type { ActionResult } from '@/lib/actions/define-action';

/** Announces an action's error to screen readers and shows it next to the form. */
export function FormError<T>({ state }: { state: ActionResult<T> | null }) {
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.error.message}
    </p>
  );
}

export function fieldError<T>(state: ActionResult<T> | null, field: string): string | undefined {
  if (!state || state.ok) return undefined;
  return state.error.fieldErrors?.[field]?.[0];
}
