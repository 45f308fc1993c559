import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import type { NfseEntry } from '../list-nfse';
import type { NfseStatus } from '../nfse-status';

const VARIANT: Record<NfseStatus, 'success' | 'warning' | 'neutral'> = {
  issued: 'success',
  queued: 'neutral',
  processing: 'neutral',
  failed: 'warning',
  missing_tax_id: 'warning',
  not_configured: 'neutral',
};

/**
 * The client's service invoices (NFS-e) on the Billing page: per paid invoice, its NFS-e number
 * with PDF and XML links once issued, or where it stands ("being issued", "NFS-e not
 * configured"). Informational only: nothing here limits what the client may do.
 */
export async function NfseList({ isConfigured, entries }: { isConfigured: boolean; entries: NfseEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('billing.nfse'), getFormatter()]);
  const money = (cents: number, currency: string) => format.number(cents / 100, { style: 'currency', currency: currency.toUpperCase() });
  return (
    <section aria-labelledby="billing-nfse" className="space-y-3" data-testid="billing-nfse">
      <div>
        <h2 id="billing-nfse" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-muted">{t('description')}</p>
      </div>
      {!isConfigured && entries.length === 0 ? (
        <p className="text-sm text-muted">{t('notConfigured')}</p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-muted">{t('empty')}</p>
      ) : (
        <Table>
          <caption className="sr-only">{t('title')}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t('invoice')}</TableHead>
              <TableHead>{t('amount')}</TableHead>
              <TableHead>{t('nfse')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.stripeInvoiceId} data-testid="nfse-row">
                <TableCell>{t('paidOn', { date: entry.paidAt })}</TableCell>
                <TableCell className="tabular-nums">{money(entry.amountCents, entry.currency)}</TableCell>
                <TableCell>
                  {entry.documents ? (
                    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      {entry.number ? (
                        <span className="font-medium">{t('number', { number: entry.number })}</span>
                      ) : (
                        <Badge variant="success">{t('status', { status: entry.status })}</Badge>
                      )}
                      <a
                        className="text-brand-700 underline"
                        href={entry.documents.pdf}
                        aria-label={t('pdf', { number: entry.number ?? '' })}
                      >
                        PDF
                      </a>
                      <a
                        className="text-brand-700 underline"
                        href={entry.documents.xml}
                        aria-label={t('xml', { number: entry.number ?? '' })}
                      >
                        XML
                      </a>
                    </span>
                  ) : (
                    // Wraps at 360 px: "Delayed: your agency is on it" is longer than the column.
                    <Badge variant={VARIANT[entry.status]} className="w-auto rounded-lg whitespace-normal">
                      {t('status', { status: entry.status })}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
