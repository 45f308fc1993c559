'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';

type Action<T> = (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * A controlled field's value and change handler. React resets a form after its action runs; a
 * validation error must not cost the person what they typed, so these forms hold their values.
 */
function useField(initial = '') {
  const [value, setValue] = useState(initial);
  return { value, onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValue(event.target.value) };
}

function SubmitButton({ pending, label, variant = 'primary' }: { pending: boolean; label: string; variant?: 'primary' | 'secondary' }) {
  const t = useTranslations('common');
  return (
    <Button type="submit" variant={variant} className="w-full" disabled={pending} aria-busy={pending}>
      {pending ? (
        <>
          <Spinner />
          {t('working')}
        </>
      ) : (
        label
      )}
    </Button>
  );
}

export function PasswordForm({ mode, action, next }: { mode: 'sign-in' | 'sign-up'; action: Action<unknown>; next?: string }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, null);
  const [displayName, email, password] = [useField(), useField(), useField()];
  const done = state?.ok ? (state.data as { status?: string; isLocalOutbox?: boolean } | undefined) : undefined;
  if (done?.status === 'check_email')
    return (
      <Alert variant="success" role="status">
        <p>{t('checkEmail')}</p>
        {done.isLocalOutbox ? <p className="text-green-800">{t('checkEmailLocal')}</p> : null}
      </Alert>
    );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      {mode === 'sign-up' ? (
        <FormField label={t('displayName')} error={fieldError(state, 'displayName')}>
          {(field) => <Input {...field} {...displayName} name="displayName" autoComplete="name" />}
        </FormField>
      ) : null}
      <FormField label={t('email')} error={fieldError(state, 'email')}>
        {(field) => <Input {...field} {...email} name="email" type="email" autoComplete="email" required />}
      </FormField>
      <FormField label={t('password')} hint={mode === 'sign-up' ? t('passwordHint') : undefined} error={fieldError(state, 'password')}>
        {(field) => (
          <Input
            {...field}
            {...password}
            name="password"
            type="password"
            autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
            required
          />
        )}
      </FormField>
      <FormError state={state} />
      <SubmitButton pending={pending} label={mode === 'sign-up' ? t('signUpCta') : t('signInCta')} />
    </form>
  );
}

/** One email field: the magic-link and the forgot-password forms. */
export function EmailOnlyForm({
  purpose,
  action,
  next,
}: {
  purpose: 'magic-link' | 'forgot-password';
  action: Action<{ email: string; isLocalOutbox?: boolean }>;
  next?: string;
}) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, null);
  const email = useField();
  if (state?.ok) {
    return (
      <Alert variant="success">
        <p>{purpose === 'magic-link' ? t('magicLinkSent', { email: state.data.email }) : t('forgotSent', { email: state.data.email })}</p>
        {purpose === 'magic-link' && state.data.isLocalOutbox ? <p className="text-green-800">{t('magicLinkSentLocal')}</p> : null}
      </Alert>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      <FormField label={t('email')} error={fieldError(state, 'email')}>
        {(field) => <Input {...field} {...email} name="email" type="email" autoComplete="email" required />}
      </FormField>
      <FormError state={state} />
      <SubmitButton
        pending={pending}
        variant={purpose === 'magic-link' ? 'secondary' : 'primary'}
        label={purpose === 'magic-link' ? t('magicLinkCta') : t('forgotCta')}
      />
    </form>
  );
}

export function NewPasswordForm({ action }: { action: Action<unknown> }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, null);
  const password = useField();
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormField label={t('password')} hint={t('passwordHint')} error={fieldError(state, 'password')}>
        {(field) => <Input {...field} {...password} name="password" type="password" autoComplete="new-password" required />}
      </FormField>
      <FormError state={state} />
      <SubmitButton pending={pending} label={t('resetCta')} />
    </form>
  );
}
