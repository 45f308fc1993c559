'use client';

import { useActionState, useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/lib/ui/alert';
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

/** The fields PasswordForm shows errors under; any other error is the form's own banner. */
const PASSWORD_FORM_FIELDS = ['displayName', 'email', 'password'] as const;

/** Under "Create account": what creating an account agrees to, with both pages one tap away. */
function LegalConsentLine() {
  const t = useTranslations('auth');
  const link = (href: string) =>
    function LegalLink(chunks: React.ReactNode) {
      return (
        <Link href={href} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {chunks}
        </Link>
      );
    };
  return (
    <p className="text-center text-xs text-muted" data-testid="sign-up-legal">
      {t.rich('agreeToLegal', { terms: link('/terms'), privacy: link('/privacy') })}
    </p>
  );
}

type MagicLinkAction = Action<{ email: string; isLocalOutbox?: boolean }>;

/**
 * Why and until when password sign-in is refused (the server's message says why and for how
 * many minutes; the time is shown here, in the person's own time zone), and the way in that still
 * works: an emailed link, sent to the address they typed with one click.
 */
function SignInLimited({
  message,
  retryAt,
  email,
  next,
  magicLinkAction,
}: {
  message: string;
  retryAt?: number;
  email: string;
  next?: string;
  magicLinkAction: MagicLinkAction;
}) {
  const t = useTranslations('auth');
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(magicLinkAction, null);
  const time = retryAt
    ? format.dateTime(new Date(retryAt), { timeStyle: 'short', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
    : undefined;
  return (
    <Alert variant="warning" data-testid="sign-in-limited">
      <AlertTitle>{t('limitedTitle')}</AlertTitle>
      <AlertDescription>{message}</AlertDescription>
      {time ? <AlertDescription>{t('limitedUntil', { time })}</AlertDescription> : null}
      {state?.ok ? (
        <AlertDescription role="status">
          {t('magicLinkSent', { email: state.data.email })} {state.data.isLocalOutbox ? t('magicLinkSentLocal') : null}
        </AlertDescription>
      ) : (
        <form action={formAction} className="space-y-2">
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="next" value={next ?? ''} />
          <AlertDescription>{t('limitedEmailLink')}</AlertDescription>
          {state && !state.ok ? <AlertDescription className="font-semibold">{state.error.message}</AlertDescription> : null}
          <AlertActions>
            <SubmitButton pending={pending} variant="secondary" label={t('limitedEmailLinkCta')} />
          </AlertActions>
        </form>
      )}
    </Alert>
  );
}

export function PasswordForm({
  mode,
  action,
  next,
  magicLinkAction,
  initialEmail,
}: {
  mode: 'sign-in' | 'sign-up';
  action: Action<unknown>;
  next?: string;
  /** Filled in for the person (e.g. the address they just gave the analyzer); they can change it. */
  initialEmail?: string;
  /** Sign-in only: offered when password sign-in is rate-limited. */
  magicLinkAction?: MagicLinkAction;
}) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, null);
  const [displayName, email, password] = [useField(), useField(initialEmail), useField()];
  const done = state?.ok ? (state.data as { status?: string; isLocalOutbox?: boolean } | undefined) : undefined;
  if (done?.status === 'check_email')
    return (
      <Alert variant="success" role="status">
        <p>{t('checkEmail')}</p>
        {done.isLocalOutbox ? <p className="text-green-800">{t('checkEmailLocal')}</p> : null}
      </Alert>
    );
  const limited = state && !state.ok && state.error.code === 'RATE_LIMITED' && magicLinkAction ? state.error : undefined;
  const form = (
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
      {limited ? null : <FormError state={state} fields={PASSWORD_FORM_FIELDS} />}
      <SubmitButton pending={pending} label={mode === 'sign-up' ? t('signUpCta') : t('signInCta')} />
      {mode === 'sign-up' ? <LegalConsentLine /> : null}
    </form>
  );
  if (!limited || !magicLinkAction) return form;
  // Its own form (forms don't nest), right under the button the person just pressed.
  const retryAt = limited.details?.retryAt;
  return (
    <div className="space-y-4">
      {form}
      <SignInLimited
        message={limited.message}
        retryAt={typeof retryAt === 'number' ? retryAt : undefined}
        email={email.value}
        next={next}
        magicLinkAction={magicLinkAction}
      />
    </div>
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
      <FormError state={state} fields={['email']} />
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
      <FormError state={state} fields={['password']} />
      <SubmitButton pending={pending} label={t('resetCta')} />
    </form>
  );
}
