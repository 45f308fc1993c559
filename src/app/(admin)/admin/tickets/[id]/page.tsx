import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { isAppError } from '@/lib/errors';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAgencyStaff } from '@/modules/accounts/list-agency-staff';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { getTicket } from '@/modules/tickets/get-ticket';
import { listCannedReplies } from '@/modules/tickets/manage-canned-replies';
import { AgencyTicketView } from '@/modules/tickets/ui/agency-ticket-view';
import { pageTitle } from '@/lib/i18n/page-title';

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
  const [t, staff, canned, emails] = await Promise.all([
    getTranslations('adminTickets'),
    listAgencyStaff(claims),
    listCannedReplies(claims),
    listProfileEmails(claims, [detail.ticket.ownerId]),
  ]);
  return (
    <AgencyTicketView
      detail={detail}
      viewerId={claims.sub}
      client={emails.get(detail.ticket.ownerId) ?? '—'}
      back={{ href: '/admin/tickets', label: t('back') }}
      staff={staff}
      cannedReplies={canned}
    />
  );
}
