import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Bot } from 'lucide-react';
import { listAiCalls, listAiUsageByClientMonth } from '@/lib/ai/list-ai-usage';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { requireAdmin } from '@/modules/accounts/server-session';
import { AiCallsTable } from './ai-calls-table';
import { formatUsd } from './format-usd';

export const generateMetadata = pageTitle('adminAiUsage.title');

/** Months shown: this one and the five before it. */
const MONTHS = 6;

// requireAdmin() answers 404 to anyone who is not an active admin; RLS also gives ai_calls to
// admins only (a client reads none of it: it is the agency's operating data).
export default async function AdminAiUsagePage() {
  const { claims } = await requireAdmin();
  const now = new Date();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1), 1));
  const [t, format, months, recent] = await Promise.all([
    getTranslations('adminAiUsage'),
    getFormatter(),
    listAiUsageByClientMonth(claims, { since }),
    listAiCalls(claims, { limit: 50 }),
  ]);
  const emails = await listProfileEmails(
    claims,
    [...months, ...recent].flatMap((row) => (row.accountId ? [row.accountId] : [])),
  );
  const clientOf = (accountId: string | null) => (accountId ? (emails.get(accountId) ?? accountId.slice(0, 8)) : t('noClient'));
  const count = (value: number) => format.number(value);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle', { months: MONTHS })} />
      {months.length === 0 ? (
        <EmptyState icon={Bot} title={t('emptyTitle')}>
          {t('emptyBody')}
        </EmptyState>
      ) : (
        <Card className="space-y-3">
          <CardTitle>{t('byMonthTitle')}</CardTitle>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('colClient')}</TableHead>
                <TableHead>{t('colMonth')}</TableHead>
                <TableHead className="text-right">{t('colCalls')}</TableHead>
                <TableHead className="text-right">{t('colTokens')}</TableHead>
                <TableHead className="text-right">{t('colCost')}</TableHead>
                <TableHead className="text-right">{t('colFallbacks')}</TableHead>
                <TableHead className="text-right">{t('colP50')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {months.map((row) => (
                <TableRow key={`${row.accountId ?? '-'}:${row.month}`}>
                  <TableCell className="max-w-48 truncate">
                    {row.accountId ? <Link href={`/admin/clients/${row.accountId}`}>{clientOf(row.accountId)}</Link> : clientOf(null)}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {format.dateTime(new Date(`${row.month}-01T00:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' })}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.calls)}</TableCell>
                  <TableCell className="text-right tabular-nums whitespace-nowrap">
                    {t('tokens', { input: count(row.inputTokens), output: count(row.outputTokens) })}
                  </TableCell>
                  <TableCell className="text-right tabular-nums whitespace-nowrap">
                    {row.costUsd === null ? '–' : formatUsd(format, row.costUsd)}
                    {row.unpricedCalls > 0 && row.costUsd !== null ? (
                      <span className="block text-xs text-muted">{t('unpriced', { count: row.unpricedCalls })}</span>
                    ) : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.fallbacks)}</TableCell>
                  <TableCell className="text-right tabular-nums whitespace-nowrap">
                    {format.number(row.p50LatencyMs / 1000, { style: 'unit', unit: 'second', maximumFractionDigits: 1 })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className="text-xs text-muted">{t('costNote')}</p>
        </Card>
      )}
      {recent.length > 0 ? (
        <section aria-labelledby="recent-calls" className="space-y-3">
          <h2 id="recent-calls" className="text-lg font-semibold">
            {t('recentTitle')}
          </h2>
          <AiCallsTable calls={recent} clientOf={clientOf} />
        </section>
      ) : null}
    </div>
  );
}
