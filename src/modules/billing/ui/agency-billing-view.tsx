import Link from 'next/link';
import { CircleCheck } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { formatUsageQuantity } from '@/modules/metering/format-usage-quantity';
import type { AgencyBilling, AgencyBillingRow } from '../get-agency-billing';

const AT_RISK = ['past_due', 'unpaid'];

/**
 * The agency's billing view: total MRR and MRR per plan, the clients whose payment failed, and per
 * client plan, subscription status, MRR (with why it is 0 for granted or hand-set plans) and this
 * period's usage. Money and numbers in the reader's locale.
 */
export async function AgencyBillingView({ billing }: { billing: AgencyBilling }) {
  const [t, tTier, tBilling, format] = await Promise.all([
    getTranslations('admin.billing'),
    getTranslations('tier'),
    getTranslations('billing'),
    getFormatter(),
  ]);
  const quantity = (metric: AgencyBillingRow['usage'][number]['metric'], value: number) =>
    formatUsageQuantity((v, options) => format.number(v, options), metric, value);
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: billing.currency });
  const status = (row: AgencyBillingRow) => (
    <Badge variant={AT_RISK.includes(row.subscriptionStatus) ? 'warning' : row.subscriptionStatus === 'active' ? 'success' : 'neutral'}>
      {tBilling('status', { status: row.subscriptionStatus })}
    </Badge>
  );
  const client = (row: AgencyBillingRow) => (
    <Link className="font-medium break-all text-brand-700 underline" href={`/admin/clients/${row.id}`}>
      {row.email}
    </Link>
  );

  return (
    <div className="space-y-8">
      <p className="text-sm text-muted">{t('period', { start: billing.period.start, end: new Date(billing.period.end.getTime() - 1) })}</p>
      <section aria-labelledby="mrr-title" className="space-y-3">
        <h2 id="mrr-title" className="text-lg font-semibold">
          {t('mrrTitle')}
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
          <Card data-testid="mrr-total" className="col-span-2 lg:col-span-1">
            <CardHeader className="mb-0">
              <CardDescription>{t('totalMrr')}</CardDescription>
              <CardTitle as="h3" className="text-2xl tabular-nums">
                {money(billing.totalMrrCents)}
              </CardTitle>
            </CardHeader>
          </Card>
          {billing.byPlan.map((plan) => (
            <Card key={plan.tier} data-testid={`mrr-${plan.tier}`} className="p-4 sm:p-5">
              <CardHeader className="mb-0">
                <CardDescription>{tTier('name', { tier: plan.tier })}</CardDescription>
                <CardTitle as="h3" className="text-xl tabular-nums">
                  {money(plan.mrrCents)}
                </CardTitle>
                <p className="text-sm text-muted">{t('planClients', { clients: plan.clients, paying: plan.paying })}</p>
              </CardHeader>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="past-due-title" className="space-y-3" data-testid="past-due-clients">
        <h2 id="past-due-title" className="text-lg font-semibold">
          {t('pastDueTitle')}
        </h2>
        {billing.pastDue.length === 0 ? (
          <EmptyState icon={CircleCheck} title={t('pastDueEmpty')} />
        ) : (
          <Table style={{ minWidth: 480 }}>
            <caption className="sr-only">{t('pastDueTitle')}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t('client')}</TableHead>
                <TableHead>{t('plan')}</TableHead>
                <TableHead>{t('status')}</TableHead>
                <TableHead className="text-right">{t('atRisk')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {billing.pastDue.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{client(row)}</TableCell>
                  <TableCell>{tTier('name', { tier: row.tier })}</TableCell>
                  <TableCell>{status(row)}</TableCell>
                  <TableCell className="text-right tabular-nums">{money(row.mrrCents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="clients-billing-title" className="space-y-3">
        <h2 id="clients-billing-title" className="text-lg font-semibold">
          {t('clientsTitle')}
        </h2>
        {billing.rows.length === 0 ? (
          <EmptyState icon={CircleCheck} title={t('noClients')} />
        ) : (
          <Table style={{ minWidth: 760 }} data-testid="clients-billing">
            <caption className="sr-only">{t('clientsTitle')}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t('client')}</TableHead>
                <TableHead>{t('plan')}</TableHead>
                <TableHead>{t('status')}</TableHead>
                <TableHead className="text-right">{t('mrr')}</TableHead>
                <TableHead>{t('usage')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {billing.rows.map((row) => (
                <TableRow key={row.id} data-testid="client-billing-row">
                  <TableCell>{client(row)}</TableCell>
                  <TableCell>
                    <span className="flex flex-wrap items-center gap-1">
                      {tTier('name', { tier: row.tier })}
                      {row.planGrant ? <Badge variant="brand">{t('grant', { grant: row.planGrant })}</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell>{status(row)}</TableCell>
                  <TableCell className="text-right">
                    <span className="tabular-nums">{money(row.mrrCents)}</span>
                    {row.mrrBasis === 'subscription' || row.mrrBasis === 'none' ? null : (
                      <span className="block text-xs text-muted">{t('mrrBasis', { basis: row.mrrBasis })}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <ul className="space-y-0.5 text-xs">
                      {row.usage.map((u) => (
                        <li key={u.metric}>
                          <span className="text-muted">{tBilling('meter', { metric: u.metric })}: </span>
                          <span className="tabular-nums">
                            {u.included === null
                              ? quantity(u.metric, u.used)
                              : t('usedOfIncluded', { used: quantity(u.metric, u.used), included: quantity(u.metric, u.included) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
