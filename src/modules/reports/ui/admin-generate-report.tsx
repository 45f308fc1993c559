'use client';

import { useActionState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { generateMonthlyReportAction } from '../actions';

/** The admin's "generate this client's report for a month" form (client page). */
export function AdminGenerateReport({ clientId, defaultMonth, maxMonth }: { clientId: string; defaultMonth: string; maxMonth: string }) {
  const t = useTranslations('reports.admin');
  const format = useFormatter();
  const [state, action, pending] = useActionState(generateMonthlyReportAction, null);
  const monthName = (month: string) =>
    format.dateTime(new Date(`${month.slice(0, 7)}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <p className="text-sm text-muted">{t('intro')}</p>
      <FormField id="report-month" label={t('monthLabel')}>
        {(field) => <Input {...field} type="month" name="month" required defaultValue={defaultMonth} max={maxMonth} className="max-w-48" />}
      </FormField>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t('generating') : t('generate')}
      </Button>
      {state?.ok ? (
        <Alert variant="success" role="status">
          {t('generated', { month: monthName(state.data.month) })}
        </Alert>
      ) : null}
      <FormError state={state} />
    </form>
  );
}
