import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { isAppError } from '@/lib/errors';
import { requireSession } from '@/modules/accounts/server-session';
import { getTicket } from '@/modules/tickets/get-ticket';
import { canReopen } from '@/modules/tickets/ticket-status';
import { ClientTicketActions } from '@/modules/tickets/ui/client-ticket-actions';
import { SlaLine } from '@/modules/tickets/ui/sla-line';
import { slaViewOf } from '@/modules/tickets/ui/sla-view';
import { TicketConversation, conversationOf } from '@/modules/tickets/ui/ticket-conversation';
import { TicketPriorityBadge, TicketStatusBadge } from '@/modules/tickets/ui/ticket-badges';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.tickets');

// 404 for a malformed id and for a ticket RLS hides (someone else's): we don't say whether it exists.
export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const detail = await getTicket(session.claims, { ticketId: id.data }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getTranslations('tickets');
  const { ticket } = detail;
  // Someone else's ticket that RLS shows: the developer it is assigned to — their page answers it.
  if (ticket.ownerId !== session.claims.sub) redirect(`/dashboard/tickets/assigned/${ticket.id}`);
  return (
    <div className="space-y-4">
      <Link href="/dashboard/tickets" className="inline-flex min-h-11 items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('back')}
      </Link>
      <PageHeader title={`#${ticket.number} ${ticket.subject}`} />
      <Card className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <TicketStatusBadge status={ticket.status} audience="client" />
          <TicketPriorityBadge priority={ticket.priority} />
        </div>
        <p className="text-sm">
          {ticket.slaMinutes === null
            ? t('slaNone')
            : t('slaPromise', { hours: ticket.slaMinutes / 60, business: ticket.slaHours === 'business' ? 'yes' : 'no' })}
        </p>
        <SlaLine audience="client" sla={slaViewOf(ticket)} />
        {ticket.mergedIntoId ? (
          <p className="text-sm">
            <Link href={`/dashboard/tickets/${ticket.mergedIntoId}`} className="text-brand-700 underline">
              {t('mergedInto')}
            </Link>
          </p>
        ) : null}
      </Card>
      <TicketConversation items={conversationOf(detail)} audience="client" />
      {ticket.mergedIntoId ? null : (
        <ClientTicketActions ticketId={ticket.id} status={ticket.status} canReopen={canReopen(ticket, new Date())} rating={detail.rating} />
      )}
    </div>
  );
}
