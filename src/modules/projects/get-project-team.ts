import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { projectInvitations, projectMembers } from './schema';

/**
 * A project's team as the caller may see it: members with their roles (emails through
 * private.project_member_emails — members of the project and admins only) and, for owners and
 * admins, the invitations still open. An invitee appears here only once they accepted.
 */
export async function getProjectTeam(claims: VerifiedClaims, input: { projectId: string }) {
  return withRls(claims, async (tx) => {
    const members = await tx
      .select({ userId: projectMembers.userId, role: projectMembers.role, since: projectMembers.createdAt })
      .from(projectMembers)
      .where(eq(projectMembers.projectId, input.projectId));
    const emails = rowsOf<{ user_id: string; email: string }>(
      await tx.execute(sql`select user_id::text as user_id, email from private.project_member_emails(${input.projectId}::uuid)`),
    );
    const emailOf = new Map(emails.map((e) => [e.user_id, e.email]));
    const invitations = await tx
      .select({
        id: projectInvitations.id,
        email: projectInvitations.email,
        role: projectInvitations.role,
        expiresAt: projectInvitations.expiresAt,
        createdAt: projectInvitations.createdAt,
      })
      .from(projectInvitations)
      .where(
        and(
          eq(projectInvitations.projectId, input.projectId),
          isNull(projectInvitations.acceptedAt),
          isNull(projectInvitations.revokedAt),
          gt(projectInvitations.expiresAt, sql`now()`),
        ),
      )
      .orderBy(desc(projectInvitations.createdAt));
    return {
      members: members
        .map((m) => ({ ...m, email: emailOf.get(m.userId) ?? null, isYou: m.userId === claims.sub }))
        .sort((a, b) => (a.role === 'owner' ? -1 : b.role === 'owner' ? 1 : a.since.getTime() - b.since.getTime())),
      invitations,
    };
  });
}
