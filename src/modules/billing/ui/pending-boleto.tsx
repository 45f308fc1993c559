import { getFormatter, getNow, getTranslations } from 'next-intl/server';
import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/lib/ui/alert';
import type { InvoiceSummary } from '../get-billing-overview';

/**
 * The boleto waiting to be paid, while the client stays on their plan: amount, due date (or that
 * it passed) and the way to the boleto on Stripe's hosted invoice page. Right after issuing one
 * (`isJustIssued`) it says so first.
 */
export async function PendingBoleto({ invoices, isJustIssued }: { invoices: InvoiceSummary[]; isJustIssued: boolean }) {
  const invoice = invoices.find((i) => i.boletoDueAt !== null);
  if (!invoice?.boletoDueAt) return null;
  const [t, format, now] = await Promise.all([getTranslations('billing.payment'), getFormatter(), getNow()]);
  const amount = format.number(invoice.totalCents / 100, { style: 'currency', currency: invoice.currency.toUpperCase() });
  const isOverdue = invoice.boletoDueAt.getTime() < now.getTime();
  return (
    <Alert variant={isOverdue ? 'warning' : 'info'} data-testid="pending-boleto">
      <AlertTitle>{t('pendingTitle')}</AlertTitle>
      <AlertDescription>
        {isJustIssued && !isOverdue ? <p>{t('issued')}</p> : null}
        <p>{t(isOverdue ? 'pendingOverdue' : 'pendingBody', { amount, date: invoice.boletoDueAt })}</p>
      </AlertDescription>
      {invoice.hostedUrl ? (
        <AlertActions>
          <a className="font-medium text-brand-700 underline" href={invoice.hostedUrl} data-testid="open-boleto">
            {t('openBoleto')}
          </a>
        </AlertActions>
      ) : null}
    </Alert>
  );
}
