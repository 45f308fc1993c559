import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { isAppError } from '@/lib/errors';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAgencyAdmins } from '@/modules/accounts/list-agency-admins';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { getTicket } from '@/modules/tickets/get-ticket';
import { listCannedReplies } from '@/modules/tickets/manage-canned-replies';
import { AgencyTicketActions } from '@/modules/tickets/ui/agency-ticket-actions';
import { SlaLine } from '@/modules/tickets/ui/sla-line';
import { TicketConversation, type ConversationItem } from '@/modules/tickets/ui/ticket-conversation';
import { TicketPriorityBadge, TicketStatusBadge } from '@/modules/tickets/ui/ticket-badges';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('adminTickets.title');

// requireAdmin() answers 404 to anyone else; a malformed or unknown id is a 404 too.
export default async function AdminTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { claims } = await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const detail = await getTicket(claims, { ticketId: id.data }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const { ticket } = detail;
  const [t, admins, canned, emails] = await Promise.all([
    getTranslations('adminTickets'),
    listAgencyAdmins(claims),
    listCannedReplies(claims),
    listProfileEmails(claims, [ticket.ownerId]),
  ]);
  const items: ConversationItem[] = [
    {
      kind: 'message' as const,
      id: 'description',
      body: ticket.description,
      fromAgency: false,
      createdAt: ticket.createdAt,
      attachments: detail.attachments,
    },
    ...detail.messages.map((m) => ({ kind: 'message' as const, ...m })),
    ...detail.notes.map((n) => ({ kind: 'note' as const, ...n })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    <div className="space-y-4">
      <Link href="/admin/tickets" className="inline-flex min-h-11 items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('back')}
      </Link>
      <PageHeader
        title={`#${ticket.number} ${ticket.subject}`}
        description={`${emails.get(ticket.ownerId) ?? '—'} · ${t('planName', { plan: ticket.tier })}`}
      />
      <Card className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <TicketStatusBadge status={ticket.status} audience="agency" />
          <TicketPriorityBadge priority={ticket.priority} />
        </div>
        <SlaLine
          audience="agency"
          sla={{
            slaMinutes: ticket.slaMinutes,
            dueAt: ticket.firstResponseDueAt,
            respondedAt: ticket.firstRespondedAt,
            pausedAt: ticket.slaPausedAt,
            breachedAt: ticket.slaBreachedAt,
          }}
        />
        {ticket.slaBreachedAt ? <p className="text-sm font-semibold text-red-700">{t('breached')}</p> : null}
        {detail.rating ? (
          <p className="text-sm">{t('rated', { score: detail.rating.score, comment: detail.rating.comment ?? '' })}</p>
        ) : null}
      </Card>
      <TicketConversation items={items} audience="agency" />
      <AgencyTicketActions
        ticketId={ticket.id}
        status={ticket.status}
        assigneeId={ticket.assigneeId}
        admins={admins}
        cannedReplies={canned}
        isMerged={Boolean(ticket.mergedIntoId)}
      />
    </div>
  );
}
