'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Checkbox } from '@/lib/ui/checkbox';
import { FieldError, FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';
import { captureLeadAction } from '../lead-actions';

/**
 * The result page's lead form: the email (and optional name, phone, company), the consent box —
 * unticked until the visitor ticks it, saying what for, with the privacy text one link away — and
 * the two buttons, "Email me this report" and "Build me a faster site". The consent is for the
 * mails only: "Build me a faster site" works without it (and then sends nothing).
 */
export function LeadCaptureForm({ analysisId }: { analysisId: string }) {
  const t = useTranslations('analyzerLeads.form');
  const [state, action, pending] = useActionState(captureLeadAction, null);
  if (state?.ok) {
    const { email, intent, isNew, isRecorded } = state.data;
    return (
      <div className="space-y-3">
        <Alert variant="success" role="status">
          {!isRecorded
            ? t('buildWithoutMail')
            : !isNew && intent === 'report'
              ? t('already', { email })
              : intent === 'build'
                ? t('sentBuild', { email })
                : t('sentReport', { email })}
        </Alert>
        {intent === 'build' ? (
          <Button asChild size="lg">
            <Link href={`/sign-up?${new URLSearchParams({ email })}`}>{t('signUp')}</Link>
          </Button>
        ) : null}
      </div>
    );
  }
  const consentError = fieldError(state, 'consent');
  // An error shown next to its field is not repeated above the buttons.
  const isFieldError = ['email', 'name', 'phone', 'company', 'consent'].some((field) => fieldError(state, field));
  return (
    <form action={action} onSubmit={keepTypedValues(action)} className="space-y-4" noValidate aria-labelledby="lead-form-title">
      <div>
        <h2 id="lead-form-title" className="text-xl font-bold">
          {t('title')}
        </h2>
        <p className="mt-1 text-muted">{t('intro')}</p>
      </div>
      <input type="hidden" name="analysisId" value={analysisId} />
      <FormField label={t('email')} error={fieldError(state, 'email')}>
        {(control) => <Input {...control} name="email" type="email" inputMode="email" autoComplete="email" required />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t('name')} error={fieldError(state, 'name')}>
          {(control) => <Input {...control} name="name" autoComplete="name" maxLength={120} />}
        </FormField>
        <FormField label={t('phone')} error={fieldError(state, 'phone')}>
          {(control) => <Input {...control} name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={40} />}
        </FormField>
        <FormField label={t('company')} error={fieldError(state, 'company')}>
          {(control) => <Input {...control} name="company" autoComplete="organization" maxLength={120} />}
        </FormField>
      </div>
      <div>
        <div className="flex items-start gap-3">
          <Checkbox
            id="lead-consent"
            name="consent"
            className="mt-0.5"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? 'lead-consent-error' : undefined}
          />
          <label htmlFor="lead-consent" className="text-sm leading-5">
            {t('consent')}{' '}
            <Link href="/analyze/privacy" className="font-semibold text-brand-700 underline" target="_blank">
              {t('privacyLink')}
            </Link>
          </label>
        </div>
        <FieldError id="lead-consent-error">{consentError}</FieldError>
        <p className="mt-1 text-sm text-muted">{t('consentOnlyForMails')}</p>
      </div>
      <div aria-live="polite">
        <FormError state={isFieldError ? null : state} />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" name="intent" value="report" size="lg" disabled={pending}>
          {pending ? t('sending') : t('submitReport')}
        </Button>
        <Button type="submit" name="intent" value="build" size="lg" variant="secondary" disabled={pending}>
          {t('submitBuild')}
        </Button>
      </div>
    </form>
  );
}
