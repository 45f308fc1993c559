import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/lib/ui/card';
import { Progress } from '@/lib/ui/progress';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import type { BillingOverview } from '../get-billing-overview';
import { hasSubscription, planChangeNotice } from '../has-subscription';
import { PURCHASABLE_TIERS, type PurchasableTier } from '../plans';
import { BOLETO_DAYS_UNTIL_DUE } from '../start-boleto-subscription';
import { PortalButton } from './billing-buttons';
import { PendingBoleto } from './pending-boleto';
import { TaxesNote } from './taxes-note';
import { UpgradeForm } from './upgrade-form';
import { PlanChangeButton } from './plan-change';
import { UpgradeLink } from './upgrade-link';
import { formatUsageQuantity, type FormatNumber } from '@/modules/metering/format-usage-quantity';

/**
 * The Billing page: plan and payment status, the plans (upgrade from Free through Checkout; a
 * subscriber's change of plan through a preview and confirmation, plan-change.tsx; payment
 * methods and cancellation through the Customer Portal), this period's usage per billed
 * meter against the plan's included amount, the upcoming invoice and past invoices.
 */
export async function BillingView({
  overview,
  isCheckoutDone,
  isBoletoIssued = false,
  planChangedTo,
}: {
  overview: BillingOverview;
  isCheckoutDone: boolean;
  /** Back from issuing a boleto (`?boleto=issued`). */
  isBoletoIssued?: boolean;
  /**
   * Back from a confirmed plan change (`?changed=basic`): said here, at the page's top, because the
   * button that asked for it leaves the page once that plan is the current one.
   */
  planChangedTo?: PurchasableTier;
}) {
  const [t, tier, format] = await Promise.all([getTranslations('billing'), getTranslations('tier'), getFormatter()]);
  const { profile, paymentsConfigured } = overview;
  const formatNumber: FormatNumber = (value, options) => format.number(value, options);
  const money = (cents: number, currency = 'brl') => format.number(cents / 100, { style: 'currency', currency: currency.toUpperCase() });
  const isSubscribed = hasSubscription(profile);
  const changeNotice = planChangeNotice(planChangedTo, profile, paymentsConfigured);
  // A boleto waiting to be paid is an upgrade under way: no second one (start-checkout.ts refuses it too).
  const isPaymentPending = profile.subscriptionStatus === 'incomplete' && profile.stripeSubscriptionId !== null;
  const buyable =
    paymentsConfigured && !isSubscribed && !isPaymentPending && !profile.planGrant
      ? PURCHASABLE_TIERS.filter((p) => p !== profile.tier)
      : [];
  const statusVariant =
    profile.subscriptionStatus === 'active' || profile.subscriptionStatus === 'trialing'
      ? 'success'
      : profile.subscriptionStatus === 'none'
        ? 'neutral'
        : 'warning';

  return (
    <div className="space-y-8">
      {isCheckoutDone ? <Alert variant="success">{t('checkoutDone')}</Alert> : null}
      {changeNotice && planChangedTo ? (
        <Alert variant="success" role="status" data-testid="plan-change-done">
          {t(changeNotice === 'done' ? 'planChange.done' : 'planChange.pending', { tier: tier('name', { tier: planChangedTo }) })}
        </Alert>
      ) : null}
      <PendingBoleto invoices={overview.invoices} isJustIssued={isBoletoIssued} />
      {paymentsConfigured ? null : (
        // Nothing can be bought here: every plan change is a request to the agency (never a dead end).
        <Alert variant="info" role="note" data-testid="payments-not-configured">
          <AlertDescription>{t('notConfigured')}</AlertDescription>
          <AlertActions>
            <UpgradeLink limit="plan" />
          </AlertActions>
        </Alert>
      )}
      {overview.isStripeUnavailable ? (
        <Alert variant="warning" role="note">
          {t('stripeUnavailable')}
        </Alert>
      ) : null}

      <section aria-labelledby="billing-plan">
        <Card data-testid="billing-plan">
          <CardHeader>
            <CardDescription id="billing-plan">{t('plan')}</CardDescription>
            <CardTitle className="flex flex-wrap items-center gap-2 text-2xl">
              <span data-testid="billing-tier">{tier('name', { tier: profile.tier })}</span>
              <Badge variant={statusVariant} data-testid="billing-status">
                {t('status', { status: profile.subscriptionStatus })}
              </Badge>
            </CardTitle>
            {profile.planGrant ? <p className="text-sm text-muted">{t('granted', { grant: profile.planGrant })}</p> : null}
            {profile.currentPeriodEnd && isSubscribed ? (
              <p className="text-sm text-muted">
                {profile.cancelAtPeriodEnd
                  ? t('ends', { date: profile.currentPeriodEnd })
                  : t('renews', { date: profile.currentPeriodEnd })}
              </p>
            ) : null}
          </CardHeader>
          {paymentsConfigured && profile.stripeCustomerId ? (
            <CardFooter>
              <PortalButton label={t('manage')} />
            </CardFooter>
          ) : null}
        </Card>
      </section>

      <section aria-labelledby="billing-usage" className="space-y-3">
        <h2 id="billing-usage" className="text-lg font-semibold">
          {t('usageTitle')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {overview.usage.map((meter) => {
            const label = t('meter', { metric: meter.metric });
            const used = Math.round(meter.used * 100) / 100;
            const percent = meter.included ? Math.min(100, Math.round((meter.used / meter.included) * 100)) : 0;
            return (
              <Card key={meter.metric} data-testid={`billing-meter-${meter.metric}`}>
                <CardHeader>
                  <CardTitle as="h3" className="text-base">
                    {label}
                  </CardTitle>
                  <CardDescription>
                    {meter.included === null
                      ? t('usageUnlimited', { used, metric: meter.metric })
                      : t('usageLine', { used, included: meter.included, metric: meter.metric })}
                  </CardDescription>
                </CardHeader>
                {meter.included === null ? null : (
                  <CardContent className="space-y-2">
                    <Progress value={percent} aria-label={t('meterLabel', { label, percent })} />
                    {profile.tier === 'free' ? null : (
                      <p className="text-sm text-muted">{t('overage', { price: money(meter.overageCents), units: meter.perUnits })}</p>
                    )}
                  </CardContent>
                )}
              </Card>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="billing-plans" className="space-y-3">
        <h2 id="billing-plans" className="text-lg font-semibold">
          {t('plansTitle')}
        </h2>
        <TaxesNote />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {overview.plans.map((plan) => {
            const isCurrent = plan.tier === profile.tier;
            return (
              <Card
                key={plan.tier}
                data-testid={`plan-${plan.tier}`}
                className={isCurrent ? 'border-brand-500 ring-1 ring-brand-500' : undefined}
              >
                <CardHeader>
                  <CardTitle as="h3" className="flex items-center justify-between gap-2 text-base">
                    {tier('name', { tier: plan.tier })}
                    {isCurrent ? <Badge variant="success">{t('current')}</Badge> : null}
                  </CardTitle>
                  <CardDescription className="text-lg font-semibold text-gray-900">
                    {plan.monthlyCents !== null
                      ? t('perMonth', { amount: money(plan.monthlyCents) })
                      : plan.tier === 'enterprise'
                        ? t('talkToUs')
                        : t('freePrice')}
                  </CardDescription>
                </CardHeader>
                <CardContent className="space-y-1 text-sm">
                  {plan.meters.length > 0 ? (
                    <>
                      <p className="font-medium">{t('included')}</p>
                      <ul className="space-y-0.5 text-muted">
                        {plan.meters.map((m) => (
                          <li key={m.metric}>
                            {formatUsageQuantity(formatNumber, m.metric, m.included)} · {t('meter', { metric: m.metric })}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p className="text-muted">{t('enterpriseNote')}</p>
                  )}
                </CardContent>
                {paymentsConfigured &&
                isSubscribed &&
                !profile.planGrant &&
                !isCurrent &&
                (plan.tier === 'basic' || plan.tier === 'pro') ? (
                  // A subscriber changes tier here, after a preview of its effect (issue 35), not in a second Checkout.
                  <CardFooter>
                    <PlanChangeButton tier={plan.tier} />
                  </CardFooter>
                ) : !paymentsConfigured && !isCurrent && (plan.tier === 'basic' || plan.tier === 'pro') ? (
                  <CardFooter>
                    <UpgradeLink limit="plan" tier={plan.tier} look="link" />
                  </CardFooter>
                ) : null}
              </Card>
            );
          })}
        </div>
        {buyable.length > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle as="h3" className="text-base">
                {t('payment.title')}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <UpgradeForm
                plans={buyable.map((p) => ({ tier: p, label: t('upgrade', { tier: tier('name', { tier: p }) }) }))}
                boletoDays={BOLETO_DAYS_UNTIL_DUE}
              />
            </CardContent>
          </Card>
        ) : null}
      </section>

      {paymentsConfigured && profile.stripeCustomerId ? (
        <>
          <section aria-labelledby="billing-upcoming" className="space-y-3">
            <h2 id="billing-upcoming" className="text-lg font-semibold">
              {t('upcomingTitle')}
            </h2>
            {overview.upcoming ? (
              <Card data-testid="billing-upcoming">
                <CardContent className="space-y-3 pt-6">
                  <ul className="divide-y divide-gray-100 text-sm">
                    {overview.upcoming.lines.map((line, i) => (
                      <li key={i} className="flex justify-between gap-4 py-1.5">
                        <span className="min-w-0 break-words">{line.description}</span>
                        <span className="tabular-nums">{money(line.amountCents, overview.upcoming!.currency)}</span>
                      </li>
                    ))}
                  </ul>
                  <p className="flex justify-between gap-4 font-semibold">
                    <span>{t('upcomingTotal')}</span>
                    <span className="tabular-nums">{money(overview.upcoming.totalCents, overview.upcoming.currency)}</span>
                  </p>
                  {overview.upcoming.dueAt ? (
                    <p className="text-sm text-muted">{t('upcomingDue', { date: overview.upcoming.dueAt })}</p>
                  ) : null}
                </CardContent>
              </Card>
            ) : (
              <p className="text-sm text-muted">{t('noUpcoming')}</p>
            )}
          </section>

          <section aria-labelledby="billing-invoices" className="space-y-3">
            <h2 id="billing-invoices" className="text-lg font-semibold">
              {t('invoicesTitle')}
            </h2>
            {overview.invoices.length === 0 ? (
              <p className="text-sm text-muted">{t('noInvoices')}</p>
            ) : (
              <Table data-testid="billing-invoices">
                <TableHeader>
                  <TableRow>
                    <TableHead>{t('invoiceNumber')}</TableHead>
                    <TableHead>{t('invoiceDate')}</TableHead>
                    <TableHead>{t('invoiceAmount')}</TableHead>
                    <TableHead>{t('invoiceStatus')}</TableHead>
                    <TableHead>{t('payment.invoiceTaxId')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {overview.invoices.map((invoice) => {
                    const number = invoice.number ?? invoice.id;
                    return (
                      <TableRow key={invoice.id}>
                        <TableCell>
                          <span className="flex flex-wrap gap-x-3">
                            {invoice.hostedUrl ? (
                              <a
                                className="font-medium text-brand-700 underline"
                                href={invoice.hostedUrl}
                                aria-label={t('view', { number })}
                              >
                                {number}
                              </a>
                            ) : (
                              number
                            )}
                            {invoice.pdfUrl ? (
                              <a className="text-brand-700 underline" href={invoice.pdfUrl} aria-label={t('pdf', { number })}>
                                PDF
                              </a>
                            ) : null}
                          </span>
                        </TableCell>
                        <TableCell>{format.dateTime(invoice.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}</TableCell>
                        <TableCell className="tabular-nums">{money(invoice.totalCents, invoice.currency)}</TableCell>
                        <TableCell>{t('invoiceStatusValue', { status: invoice.status ?? 'open' })}</TableCell>
                        <TableCell className="whitespace-nowrap tabular-nums" data-testid="invoice-tax-id">
                          {invoice.taxIds.join(', ') || t('payment.noTaxId')}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
