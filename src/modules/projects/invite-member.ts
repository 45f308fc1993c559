import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { newOpaqueToken } from '@/lib/auth/tokens';
import { withRls } from '@/lib/db/with-rls';
import { sendEmail } from '@/lib/email/send-email';
import { invitationEmail } from '@/lib/email/templates/invitation-email';
import { getEnv } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { projectInvitations, projects, type InvitationRole } from './schema';
import type { Locale } from '@/lib/i18n/translate';

export const inviteInput = z.object({
  projectId: z.uuid(),
  email: z
    .email({ error: errorKey('errors.projects.inviteEmailInvalid') })
    .trim()
    .toLowerCase()
    .max(254),
  role: z.enum(['editor', 'viewer']).default('editor'),
});
export type InviteMemberInput = z.input<typeof inviteInput>;

const INVITATION_DAYS = 7;

/**
 * Invites someone to a project by email. They join only by accepting the emailed link while
 * signed in with that address (private.accept_project_invitation); until then their address is
 * not a member and no email of theirs is shown to anyone. Only owners and admins invite (RLS);
 * the team-member limit counts pending invitations (database trigger). Inviting the same
 * address again replaces the earlier link.
 */
export async function inviteMember(claims: VerifiedClaims, raw: InviteMemberInput, options: { locale: Locale } = { locale: 'en' }) {
  const input = inviteInput.parse(raw);
  const link = newOpaqueToken();
  const invitation = await withRls(claims, async (tx) => {
    const [project] = await tx.select({ name: projects.name }).from(projects).where(eq(projects.id, input.projectId));
    if (!project) throw new AppError('NOT_FOUND', 'errors.projects.changeNotFound');
    const [row] = await tx
      .insert(projectInvitations)
      .values({
        projectId: input.projectId,
        email: input.email,
        role: input.role,
        tokenHash: link.hash,
        invitedBy: claims.sub,
        expiresAt: sql`now() + ${`${INVITATION_DAYS} days`}::interval`,
      })
      .returning({
        id: projectInvitations.id,
        email: projectInvitations.email,
        role: projectInvitations.role,
        expiresAt: projectInvitations.expiresAt,
      });
    return { ...row!, projectName: project.name };
  }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.projects.changeNotFound');
    if (isAppError(err) && err.code === 'CONFLICT')
      throw new AppError('CONFLICT', 'errors.projects.memberExists', { details: { field: 'email' } });
    throw err;
  });
  const acceptUrl = invitationUrl(link.token);
  await sendInvitationEmail({ ...invitation, acceptUrl, inviter: claims.email ?? '', locale: options.locale });
  // The link is also the inviter's to share by hand ("copy link"): it only works for the invited
  // address, signed in and confirmed, so it gives the inviter nothing.
  return { ...invitation, acceptUrl };
}

function invitationUrl(token: string): string {
  const url = new URL('/invitations/accept', getEnv().APP_URL);
  url.searchParams.set('token', token);
  return url.toString();
}

async function sendInvitationEmail(input: {
  email: string;
  role: InvitationRole;
  projectName: string;
  acceptUrl: string;
  inviter: string;
  locale: Locale;
}) {
  const rendered = await invitationEmail({
    locale: input.locale,
    inviter: input.inviter,
    invitee: input.email,
    projectName: input.projectName,
    role: input.role,
    url: input.acceptUrl,
    days: INVITATION_DAYS,
  });
  await sendEmail({ to: input.email, template: 'project_invitation', ...rendered });
}
