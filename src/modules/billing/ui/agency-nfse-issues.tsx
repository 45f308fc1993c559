import Link from 'next/link';
import { CircleCheck } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { EmptyState } from '@/lib/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import type { NfseConfigSummary } from '@/lib/nfse/get-nfse-provider';
import type { NfseEntry } from '../list-nfse';

/**
 * The agency's view of NFS-e needing a person: failed after every retry (with the provider's
 * error) or waiting for a client's CPF/CNPJ; with the configuration it issues under, or a note
 * that NFS-e is not configured. `emails` names the clients (from the agency billing rows).
 */
export async function AgencyNfseIssues({
  config,
  entries,
  emails,
}: {
  config: NfseConfigSummary;
  entries: NfseEntry[];
  emails: ReadonlyMap<string, string>;
}) {
  const [t, format] = await Promise.all([getTranslations('billing.nfse.agency'), getFormatter()]);
  return (
    <section aria-labelledby="nfse-issues-title" className="space-y-3" data-testid="agency-nfse">
      <div>
        <h2 id="nfse-issues-title" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-muted">{t('description')}</p>
        <p className="text-sm text-muted">
          {config.provider === 'none' ? t('notConfigured') : t('registration', { registration: config.municipalRegistration ?? '—' })}
        </p>
      </div>
      {entries.length === 0 ? (
        <EmptyState icon={CircleCheck} title={t('empty')} />
      ) : (
        <Table style={{ minWidth: 560 }}>
          <caption className="sr-only">{t('title')}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t('client')}</TableHead>
              <TableHead>{t('invoice')}</TableHead>
              <TableHead>{t('paid')}</TableHead>
              <TableHead>{t('error')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.stripeInvoiceId} data-testid="agency-nfse-row">
                <TableCell>
                  <Link className="font-medium break-all text-brand-700 underline" href={`/admin/clients/${entry.userId}`}>
                    {emails.get(entry.userId) ?? t('unknownClient', { id: entry.userId.slice(0, 8) })}
                  </Link>
                </TableCell>
                <TableCell className="font-mono text-xs break-all">{entry.stripeInvoiceId}</TableCell>
                <TableCell>{format.dateTime(entry.paidAt, { dateStyle: 'medium' })}</TableCell>
                <TableCell>
                  <span className="flex flex-col gap-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <Badge variant="warning">{t('status', { status: entry.status })}</Badge>
                      <span className="text-xs text-muted">{t('attempts', { count: entry.attempts })}</span>
                    </span>
                    {entry.lastError ? <span className="text-sm break-words">{entry.lastError}</span> : null}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
