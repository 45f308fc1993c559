import { getTranslations } from 'next-intl/server';
import { LifeBuoy } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { listProjects } from '@/modules/projects/list-projects';
import { listMyTickets } from '@/modules/tickets/list-my-tickets';
import { NewTicketForm } from '@/modules/tickets/ui/new-ticket-form';
import { SupportSummary } from '@/modules/tickets/ui/support-summary';
import { TicketList } from '@/modules/tickets/ui/ticket-list';
import { pageTitle } from '@/lib/i18n/page-title';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.tickets');

// RLS decides what listMyTickets returns (the caller's own tickets); the allowance is the database's counter.
export default async function TicketsPage() {
  const session = await requireSession();
  const [t, mine, projects] = await Promise.all([getTranslations(), listMyTickets(session.claims), listProjects(session.claims)]);
  const owned = projects.filter((p) => p.role === 'owner').map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.tickets')} description={t('tickets.pageDescription')} />
      <SupportSummary data={mine} />
      {mine.allowance.isAtLimit ? null : <NewTicketForm projects={owned} />}
      <h2 className="text-lg font-semibold">{t('tickets.yours')}</h2>
      {mine.tickets.length ? (
        <TicketList tickets={mine.tickets} />
      ) : (
        <EmptyState icon={LifeBuoy} title={t('empty.ticketsTitle')}>
          {t('empty.tickets')}
        </EmptyState>
      )}
    </div>
  );
}
