'use client';

import * as React from 'react';
import { Label } from './label';
import { cn } from './cn';

export type FieldControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

/**
 * A labelled form control with its hint and error. The control is a render prop so any input
 * (Input, Textarea, NativeSelect…) gets the wiring: the label's `htmlFor`, `aria-describedby`
 * pointing at the hint and the error, and `aria-invalid` while there is an error.
 */
export function FormField({
  id: givenId,
  label,
  hint,
  error,
  labelHidden = false,
  className,
  children,
}: {
  id?: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: React.ReactNode;
  /** Keep the label for screen readers only (a visible heading already says it). */
  labelHidden?: boolean;
  className?: string;
  children: (control: FieldControlProps) => React.ReactNode;
}) {
  const autoId = React.useId();
  const id = givenId ?? autoId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div data-slot="form-field" className={cn('min-w-0', className)}>
      <Label htmlFor={id} className={labelHidden ? 'sr-only' : undefined}>
        {label}
      </Label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <div id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}

/**
 * A field's error line (red, under the control), announced when it appears (role="alert"): it is
 * the only place the error is shown (the form's banner leaves field errors to their field).
 * Renders nothing without a message.
 */
export function FieldError({ id, children, className }: { id?: string; children?: React.ReactNode; className?: string }) {
  if (!children) return null;
  return (
    <p id={id} role="alert" data-slot="field-error" className={cn('mt-1 text-sm text-red-700', className)}>
      {children}
    </p>
  );
}
