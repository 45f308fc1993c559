import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { isAppError } from '@/lib/errors';
import { requireSession } from '@/modules/accounts/server-session';
import { getAgencyRole } from '@/modules/accounts/get-agency-role';
import { getTicket } from '@/modules/tickets/get-ticket';
import { listCannedReplies } from '@/modules/tickets/manage-canned-replies';
import { AgencyTicketView } from '@/modules/tickets/ui/agency-ticket-view';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.assignedTickets');

// A ticket assigned to the signed-in developer, answered as the agency. 404 for anyone not agency
// staff, for a malformed id, and for a ticket RLS hides — one not assigned to them. (The admin's
// page also assigns and merges; this one answers and moves the status.)
export default async function AssignedTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const role = await getAgencyRole(session.claims);
  if (!role) notFound();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // An admin works on tickets in the admin area (assignment, merge); the SLA warning links here for
  // whoever is assigned, so an admin is sent on.
  if (role === 'admin') redirect(`/admin/tickets/${id.data}`);
  const detail = await getTicket(session.claims, { ticketId: id.data }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  if (detail.ticket.assigneeId !== session.claims.sub) notFound();
  const [t, canned] = await Promise.all([getTranslations('assignedTickets'), listCannedReplies(session.claims)]);
  return (
    <AgencyTicketView
      detail={detail}
      viewerId={session.claims.sub}
      client={null}
      back={{ href: '/dashboard/tickets/assigned', label: t('back') }}
      staff={null}
      cannedReplies={canned}
    />
  );
}
