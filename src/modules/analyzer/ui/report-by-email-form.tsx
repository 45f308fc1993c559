'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';
import { requestReportByEmailAction } from '../actions';

/**
 * "Email me when it finishes": one address, no consent box — it is the one mail the visitor asks
 * for, not a subscription (the lead form's consent is for the nurture mails).
 */
export function ReportByEmailForm({ analysisId }: { analysisId: string }) {
  const t = useTranslations('analyzer.failedPage');
  const [state, action, pending] = useActionState(requestReportByEmailAction, null);
  if (state?.ok) {
    return (
      <Alert variant="success" role="status">
        {t('notifySent')}
      </Alert>
    );
  }
  const emailError = fieldError(state, 'email');
  return (
    <form action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate aria-labelledby="notify-title">
      <div>
        <h2 id="notify-title" className="text-lg font-bold">
          {t('notifyTitle')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('notifyIntro')}</p>
      </div>
      <input type="hidden" name="analysisId" value={analysisId} />
      <FormField label={t('notifyEmail')} error={emailError}>
        {(control) => <Input {...control} name="email" type="email" inputMode="email" autoComplete="email" required />}
      </FormField>
      <div aria-live="polite">
        <FormError state={emailError ? null : state} />
      </div>
      <Button type="submit" size="lg" variant="secondary" disabled={pending} className="w-full sm:w-auto">
        {pending ? t('notifySending') : t('notifySubmit')}
      </Button>
    </form>
  );
}
