import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ArrowLeft } from 'lucide-react';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';
import type { TicketDetail } from '../get-ticket';
import type { CannedReply } from '../manage-canned-replies';
import { AgencyTicketActions } from './agency-ticket-actions';
import { SlaLine } from './sla-line';
import { slaViewOf } from './sla-view';
import { TicketConversation, conversationOf } from './ticket-conversation';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

/**
 * A ticket as the agency works on it — its SLA, the conversation with internal notes, and the
 * answering forms. Admins (`staff` given) also assign and merge; the developer it is assigned to
 * answers it and moves its status.
 */
export function AgencyTicketView({
  detail,
  viewerId,
  client,
  back,
  staff,
  cannedReplies,
}: {
  detail: TicketDetail;
  /** Who is looking (their own messages say "You"). */
  viewerId: string;
  /** Who opened it, for admins (developers do not read clients' profiles). */
  client: string | null;
  back: { href: string; label: string };
  staff: Array<{ id: string; email: string; role: 'admin' | 'developer' }> | null;
  cannedReplies: CannedReply[];
}) {
  const t = useTranslations('adminTickets');
  const { ticket } = detail;
  const plan = t('planName', { plan: ticket.tier });
  return (
    <div className="space-y-4">
      <Link href={back.href} className="inline-flex min-h-11 items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {back.label}
      </Link>
      <PageHeader title={`#${ticket.number} ${ticket.subject}`} description={client === null ? plan : `${client} · ${plan}`} />
      <Card className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <TicketStatusBadge status={ticket.status} audience="agency" />
          <TicketPriorityBadge priority={ticket.priority} />
        </div>
        <SlaLine audience="agency" sla={slaViewOf(ticket)} />
        {ticket.slaBreachedAt ? <p className="text-sm font-semibold text-red-700">{t('breached')}</p> : null}
        {detail.rating ? (
          <p className="text-sm">{t('rated', { score: detail.rating.score, comment: detail.rating.comment ?? '' })}</p>
        ) : null}
      </Card>
      <TicketConversation items={conversationOf(detail)} audience="agency" viewerId={viewerId} />
      <AgencyTicketActions
        ticketId={ticket.id}
        status={ticket.status}
        assigneeId={ticket.assigneeId}
        staff={staff}
        cannedReplies={cannedReplies}
        isMerged={Boolean(ticket.mergedIntoId)}
      />
    </div>
  );
}
