import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAgencyStaff } from '@/modules/accounts/list-agency-staff';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { listCannedReplies } from '@/modules/tickets/manage-canned-replies';
import { inboxFiltersFromQuery, listTicketInbox } from '@/modules/tickets/list-ticket-inbox';
import { CannedRepliesPanel } from '@/modules/tickets/ui/canned-replies-panel';
import { MonthStats } from '@/modules/tickets/ui/support-summary';
import { TicketInbox } from '@/modules/tickets/ui/ticket-inbox';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('adminTickets.title');

type Search = Record<string, string | string[] | undefined>;

// requireAdmin() answers 404 to anyone who is not an active admin; the module functions check
// again and RLS shows a non-admin none of this. Unknown filter values fall back to the defaults.
export default async function AdminTicketsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { claims } = await requireAdmin();
  const { filters, asked } = inboxFiltersFromQuery(await searchParams, ['status', 'priority', 'plan', 'assignee', 'client']);
  const [t, inbox, staff, canned] = await Promise.all([
    getTranslations('adminTickets'),
    listTicketInbox(claims, filters),
    listAgencyStaff(claims),
    listCannedReplies(claims),
  ]);
  const emails = await listProfileEmails(claims, inbox.tickets.map((x) => x.ownerId).concat(filters.client ? [filters.client] : []));
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Card>
        <MonthStats stats={inbox.stats} />
      </Card>
      <TicketInbox tickets={inbox.tickets} filters={asked} emails={Object.fromEntries(emails)} staff={staff} />
      <CannedRepliesPanel replies={canned} />
    </div>
  );
}
