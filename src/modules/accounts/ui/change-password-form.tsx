'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { changePasswordAction } from '../password-actions';

/** Current password + new one. Other devices are signed out when it changes (the note says so). */
export function ChangePasswordForm() {
  const t = useTranslations('account.password');
  // Controlled, so a mistake doesn't cost the retyping; cleared once the change went through.
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [state, action, pending] = useActionState(
    async (previous: Awaited<ReturnType<typeof changePasswordAction>> | null, form: FormData) => {
      const result = await changePasswordAction(previous, form);
      if (result.ok) {
        setCurrent('');
        setNext('');
      }
      return result;
    },
    null,
  );
  const currentError = fieldError(state, 'currentPassword');
  const nextError = fieldError(state, 'password');
  return (
    <form action={action} className="space-y-4" noValidate>
      {state?.ok ? (
        <Alert variant="success" role="status">
          {t('changed')}
        </Alert>
      ) : null}
      <FormField label={t('current')} error={currentError}>
        {(control) => (
          <Input
            {...control}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('new')} hint={t('hint')} error={nextError}>
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
        )}
      </FormField>
      {state && !state.ok && !currentError && !nextError ? <FormError state={state} /> : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('saving') : t('submit')}
      </Button>
    </form>
  );
}
