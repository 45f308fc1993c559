import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getAgencyRole } from '@/modules/accounts/get-agency-role';
import { inboxFiltersFromQuery, listTicketInbox } from '@/modules/tickets/list-ticket-inbox';
import { MonthStats } from '@/modules/tickets/ui/support-summary';
import { TicketInbox } from '@/modules/tickets/ui/ticket-inbox';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.assignedTickets');

type Search = Record<string, string | string[] | undefined>;

// Agency staff's own inbox: the tickets assigned to them (a developer's way in). Anyone else gets
// 404, as the admin area answers; RLS shows a developer nothing but their assigned tickets anyway.
export default async function AssignedTicketsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireSession();
  if (!(await getAgencyRole(session.claims))) notFound();
  const query = inboxFiltersFromQuery(await searchParams, ['status', 'priority', 'plan']);
  const filters = { ...query.filters, assignee: session.claims.sub };
  const [t, inbox] = await Promise.all([getTranslations('assignedTickets'), listTicketInbox(session.claims, filters)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Card>
        <MonthStats stats={inbox.stats} />
      </Card>
      <TicketInbox tickets={inbox.tickets} filters={query.asked} emails={{}} staff={null} />
    </div>
  );
}
