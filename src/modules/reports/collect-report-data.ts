import type { Tx } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { listClientAccounts } from '@/modules/accounts/list-client-accounts';
import { getEnv } from '@/lib/env';
import { getMonthInvoice } from '@/modules/billing/get-month-invoice';
import { listStripeCustomerIds } from '@/modules/billing/list-subscription-states';
import { listMonthNfse } from '@/modules/billing/list-nfse';
import { getPlan } from '@/modules/billing/plans';
import { countLeadsByDay } from '@/modules/host/count-leads-by-day';
import { BILLED_METRICS } from '@/modules/metering/stripe-meters';
import { emptyUsageTotals, unsafeSumUsageByUser } from '@/modules/metering/sum-usage-by-user';
import { listOwnerProjects } from '@/modules/projects/list-owner-projects';
import { getAgencyTimeZone } from '@/modules/tickets/get-agency-time-zone';
import { ticketMonthStatsIn } from '@/modules/tickets/ticket-month-stats';
import type { ReportData } from './report-data';
import { daysOfMonth, reportMonthBounds, type ReportMonth } from './report-month';
import { readReportInsights } from './read-report-insights';

/**
 * One client's month, from each owning module's exported readers, in the caller's transaction:
 * the monthly job passes a privileged one, an admin's on-demand report an RLS-bound one (admins see
 * every client). The month is counted in the agency's time zone. The invoice total is read after
 * the transaction (it may ask Stripe), see collectReportData.
 */
export async function collectReportFigures(
  tx: Tx,
  input: { ownerId: string; month: ReportMonth },
): Promise<Omit<ReportData, 'invoice' | 'nfse'> & { stripeCustomerId: string | null }> {
  const [account] = await listClientAccounts(tx, { ids: [input.ownerId] });
  if (!account) throw new AppError('NOT_FOUND', 'errors.accounts.clientNotFound');
  const timeZone = await getAgencyTimeZone(tx);
  const { from, to } = reportMonthBounds(input.month, timeZone);
  const projects = (await listOwnerProjects(tx, input.ownerId)).filter((p) => p.createdAt < to);
  const sites = projects.map((p) => ({ id: p.id, name: p.name, slug: p.slug }));
  const projectIds = sites.map((s) => s.id);

  // One after another: they share the transaction's connection.
  const leadDays = await countLeadsByDay(tx, { projectIds, from, to, timeZone });
  const tickets = await ticketMonthStatsIn(tx, { month: input.month, ownerId: input.ownerId });
  // In the caller's transaction (under RLS for an admin), narrowed to this client.
  const usageByUser = await unsafeSumUsageByUser(tx, { from, to, userIds: [input.ownerId] });
  const insights = await readReportInsights(tx, { sites, month: input.month, from, to });

  const perDay = new Map(daysOfMonth(input.month).map((day) => [day, 0]));
  const perSite = new Map<string, number>();
  let contacts = 0;
  let signUps = 0;
  for (const row of leadDays) {
    const count = row.contacts + row.signUps;
    perDay.set(row.day, (perDay.get(row.day) ?? 0) + count);
    perSite.set(row.projectId, (perSite.get(row.projectId) ?? 0) + count);
    contacts += row.contacts;
    signUps += row.signUps;
  }
  const usage = usageByUser.get(input.ownerId) ?? emptyUsageTotals();
  const plan = getPlan(account.tier);

  return {
    month: input.month,
    timeZone,
    from,
    to,
    client: {
      id: account.id,
      name: account.displayName || account.email,
      email: account.email,
      locale: account.locale,
      tier: account.tier,
    },
    sites,
    leads: {
      total: contacts + signUps,
      contacts,
      signUps,
      days: [...perDay].map(([day, count]) => ({ day, count })),
      bySite: sites.map((s) => ({ name: s.name, count: perSite.get(s.id) ?? 0 })),
    },
    ...insights,
    tickets,
    usage: BILLED_METRICS.map((metric) => ({
      metric,
      used: usage[metric],
      included: plan.meters.find((m) => m.metric === metric)?.included ?? null,
    })),
    stripeCustomerId: (await listStripeCustomerIds(tx, [account.id])).get(account.id) ?? null,
  };
}

/** The figures plus the month's invoice total. */
export async function collectReportData(
  inTransaction: <T>(run: (tx: Tx) => Promise<T>) => Promise<T>,
  input: { ownerId: string; month: ReportMonth },
): Promise<ReportData> {
  const { stripeCustomerId, ...figures } = await inTransaction((tx) => collectReportFigures(tx, input));
  const usage = emptyUsageTotals();
  for (const row of figures.usage) usage[row.metric] = row.used;
  const invoice = await getMonthInvoice({ tier: figures.client.tier, usage, stripeCustomerId, from: figures.from, to: figures.to });
  // The month's NFS-e, with absolute links (the PDF is read away from the app): they lead to the
  // app's document route, which checks the reader may see them.
  const appUrl = getEnv().APP_URL;
  const nfse = (await inTransaction((tx) => listMonthNfse(tx, { userId: input.ownerId, from: figures.from, to: figures.to }))).map(
    (entry) => ({
      number: entry.number,
      status: entry.status,
      paidAt: entry.paidAt,
      pdfUrl: entry.documents ? new URL(entry.documents.pdf, appUrl).toString() : null,
      xmlUrl: entry.documents ? new URL(entry.documents.xml, appUrl).toString() : null,
    }),
  );
  return { ...figures, invoice, nfse };
}
