'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Trash2 } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { deleteAccountAction } from '../actions';

/**
 * The last step of deleting an account: type the email (and the password, when the account has
 * one). Typing is the confirmation — no second dialog to click through. The form keeps what was
 * typed when something is wrong and points at the field to fix.
 */
export function DeleteAccountForm({ email, needsPassword }: { email: string; needsPassword: boolean }) {
  const t = useTranslations('account.delete');
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  // Controlled: React resets a form after its action runs, and a typo must not cost the retyping.
  const [confirmEmail, setConfirmEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailError = fieldError(state, 'confirmEmail');
  const passwordError = fieldError(state, 'password');
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormField label={t('confirmEmail', { email })} error={emailError}>
        {(control) => (
          <Input
            {...control}
            name="confirmEmail"
            type="email"
            autoComplete="off"
            required
            value={confirmEmail}
            onChange={(event) => setConfirmEmail(event.target.value)}
          />
        )}
      </FormField>
      {needsPassword ? (
        <FormField label={t('password')} error={passwordError}>
          {(control) => (
            <Input
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
      {state && !state.ok && !emailError && !passwordError ? <FormError state={state} /> : null}
      <Button type="submit" variant="destructive" disabled={pending} aria-busy={pending}>
        {pending ? <Spinner /> : <Trash2 aria-hidden="true" />}
        {pending ? t('deleting') : t('submit')}
      </Button>
    </form>
  );
}
