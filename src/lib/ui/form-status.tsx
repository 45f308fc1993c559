'use client';

import type { ActionResult } from '@/lib/actions/define-action';
import { Alert } from './alert';

/** Announces an action's error to screen readers (role="alert") and shows it next to the form. */
export function FormError<T>({ state }: { state: ActionResult<T> | null }) {
  if (!state || state.ok) return null;
  return <Alert variant="error">{state.error.message}</Alert>;
}

export function fieldError<T>(state: ActionResult<T> | null, field: string): string | undefined {
  if (!state || state.ok) return undefined;
  return state.error.fieldErrors?.[field]?.[0];
}
