import { getTranslations } from 'next-intl/server';
import { LifeBuoy, Mail } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { parsePurchasableTier, parseUpgradeLimit } from '@/modules/billing/get-upgrade-path';
import { listProjects } from '@/modules/projects/list-projects';
import { agencyContactAddress } from '@/modules/tickets/agency-contact-address';
import { draftUpgradeRequest } from '@/modules/tickets/draft-upgrade-request';
import { listMyTickets } from '@/modules/tickets/list-my-tickets';
import { NewTicketForm } from '@/modules/tickets/ui/new-ticket-form';
import { SupportSummary } from '@/modules/tickets/ui/support-summary';
import { TicketList } from '@/modules/tickets/ui/ticket-list';
import { getLocale } from '@/lib/i18n/server-locale';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.tickets');

type Search = { upgrade?: string | string[]; tier?: string | string[] };

// RLS decides what listMyTickets returns (the caller's own tickets); the allowance is the database's counter.
// `?upgrade=<limit>` comes from "Ask my agency" on a limit message: the form opens prefilled.
export default async function TicketsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireSession();
  const [t, mine, projects, params, locale] = await Promise.all([
    getTranslations(),
    listMyTickets(session.claims),
    listProjects(session.claims),
    searchParams,
    getLocale(),
  ]);
  const owned = projects.filter((p) => p.role === 'owner').map((p) => ({ id: p.id, name: p.name }));
  const limit = parseUpgradeLimit(params.upgrade);
  const request = limit ? await draftUpgradeRequest(session.claims, { limit, target: parsePurchasableTier(params.tier), locale }) : null;
  const mailto = request
    ? `mailto:${agencyContactAddress()}?${new URLSearchParams({ subject: request.subject, body: request.description }).toString().replace(/\+/g, '%20')}`
    : null;
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.tickets')} description={t('tickets.pageDescription')} />
      <SupportSummary data={mine} />
      {!mine.allowance.isAtLimit ? (
        <NewTicketForm projects={owned} prefill={request} />
      ) : mailto ? (
        // No ticket can be opened this month: the same request goes by mail, never to a dead end.
        <Alert variant="info" role="note" data-testid="ask-agency-by-mail">
          <AlertDescription>{t('tickets.askByMail')}</AlertDescription>
          <AlertActions>
            <Button asChild>
              <a href={mailto}>
                <Mail aria-hidden="true" />
                {t('tickets.mailAgency')}
              </a>
            </Button>
          </AlertActions>
        </Alert>
      ) : null}
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
