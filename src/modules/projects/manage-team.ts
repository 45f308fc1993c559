import { and, eq, isNull, ne } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { projectInvitations, projectMembers, type InvitationRole } from './schema';

/** Withdraws an open invitation (its link stops working). Owners and admins (RLS). */
export async function revokeInvitation(claims: VerifiedClaims, input: { projectId: string; invitationId: string }) {
  const rows = await withRls(claims, (tx) =>
    tx
      .update(projectInvitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(projectInvitations.id, input.invitationId),
          eq(projectInvitations.projectId, input.projectId),
          isNull(projectInvitations.acceptedAt),
          isNull(projectInvitations.revokedAt),
        ),
      )
      .returning({ id: projectInvitations.id }),
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'errors.projects.invitationClosed');
}

/** Changes a member's role (never the owner's). Owners and admins (RLS). */
export async function changeMemberRole(claims: VerifiedClaims, input: { projectId: string; userId: string; role: InvitationRole }) {
  const rows = await withRls(claims, (tx) =>
    tx
      .update(projectMembers)
      .set({ role: input.role })
      .where(and(eq(projectMembers.projectId, input.projectId), eq(projectMembers.userId, input.userId), ne(projectMembers.role, 'owner')))
      .returning({ userId: projectMembers.userId }),
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'errors.projects.teamNotFound');
}

/**
 * Removes someone from a project: an owner or admin removing a member, or a member leaving. The
 * owner can't be removed (delete or transfer the project instead).
 */
export async function removeMember(claims: VerifiedClaims, input: { projectId: string; userId: string }) {
  const rows = await withRls(claims, (tx) =>
    tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, input.projectId), eq(projectMembers.userId, input.userId), ne(projectMembers.role, 'owner')))
      .returning({ userId: projectMembers.userId }),
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'errors.projects.teamNotFound');
}
