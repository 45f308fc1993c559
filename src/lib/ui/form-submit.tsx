'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
import { Button, type ButtonProps } from './button';
import { FormError, fieldError } from './form-status';
import { Spinner } from './spinner';

/**
 * A form's submit button and its error, the way every form here shows them: while the action
 * runs the button is disabled, busy and says "Working…" with a spinner; afterwards the action's
 * error is announced (polite live region, role="alert") unless it belongs to one of `fields` —
 * those errors are shown next to their field instead.
 */
export function FormSubmit<T>({
  pending,
  state,
  fields = [],
  disabled = false,
  variant,
  children,
}: {
  pending: boolean;
  state: ActionResult<T> | null;
  /** Fields whose errors their FormField shows (not repeated here). */
  fields?: readonly string[];
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  children: React.ReactNode;
}) {
  const t = useTranslations('common');
  const formLevel = state && !state.ok && !fields.some((field) => fieldError(state, field)) ? state : null;
  return (
    <>
      <Button type="submit" variant={variant} disabled={pending || disabled} aria-busy={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('working') : children}
      </Button>
      <div aria-live="polite">
        <FormError state={formLevel} />
      </div>
    </>
  );
}
