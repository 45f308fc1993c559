'use client';

import type { ActionResult } from '@/lib/actions/define-action';
import { Alert } from './alert';

/**
 * Announces an action's error to screen readers (role="alert") and shows it next to the form.
 * With `fields`, an error that belongs to one of those fields is left to that field's own
 * FormField (inline, described by `aria-describedby`): one error is shown once, never both as a
 * banner and under its field.
 */
export function FormError<T>({ state, fields = [] }: { state: ActionResult<T> | null; fields?: readonly string[] }) {
  if (!state || state.ok) return null;
  if (fields.some((field) => fieldError(state, field))) return null;
  return <Alert variant="error">{state.error.message}</Alert>;
}

/**
 * The error to show under `field`: zod's message for it, or a domain error that names it
 * (`new AppError(…, { details: { field: 'password' } })`, e.g. a published password).
 */
export function fieldError<T>(state: ActionResult<T> | null, field: string): string | undefined {
  if (!state || state.ok) return undefined;
  return state.error.fieldErrors?.[field]?.[0] ?? (state.error.details?.field === field ? state.error.message : undefined);
}
