import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { TicketRow } from '../schema';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';
import { SlaLine } from './sla-line';
import { slaViewOf } from './sla-view';

/** The client's tickets, newest first; each links to its conversation. */
export function TicketList({ tickets }: { tickets: TicketRow[] }) {
  const t = useTranslations('tickets');
  const format = useFormatter();
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white" aria-label={t('listLabel')}>
      {tickets.map((ticket) => (
        <li key={ticket.id} className="space-y-1 p-3" data-testid="ticket-row">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/dashboard/tickets/${ticket.id}`} className="min-w-0 font-semibold break-words text-brand-700 underline">
              #{ticket.number} {ticket.subject}
            </Link>
            <TicketStatusBadge status={ticket.status} audience="client" />
            <TicketPriorityBadge priority={ticket.priority} />
          </div>
          <p className="text-xs text-muted">{t('openedOn', { date: format.dateTime(ticket.createdAt, { dateStyle: 'medium' }) })}</p>
          {ticket.status !== 'resolved' && ticket.status !== 'closed' ? <SlaLine audience="client" sla={slaViewOf(ticket)} /> : null}
        </li>
      ))}
    </ul>
  );
}
