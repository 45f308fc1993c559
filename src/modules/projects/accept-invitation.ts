import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { hashOpaqueToken } from '@/lib/auth/tokens';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { AppError, raisedDatabaseMessage } from '@/lib/errors';

/**
 * Accepts an invitation from its emailed link: the caller must be signed in with the invited,
 * confirmed address (checked by private.accept_project_invitation, which also applies the team
 * limit). Returns the project joined.
 */
export async function acceptInvitation(claims: VerifiedClaims, input: { token: string }): Promise<{ projectId: string }> {
  const token = input.token.trim();
  if (token.length < 16 || token.length > 200) throw new AppError('NOT_FOUND', 'errors.projects.invitationInvalid');
  try {
    const [row] = await withRls(claims, async (tx) =>
      rowsOf<{ project_id: string }>(
        await tx.execute(sql`select private.accept_project_invitation(${hashOpaqueToken(token)}) as project_id`),
      ),
    );
    return { projectId: row!.project_id };
  } catch (err) {
    const message = raisedDatabaseMessage(err);
    if (message === 'invitation_invalid') throw new AppError('NOT_FOUND', 'errors.projects.invitationInvalid');
    if (message === 'invitation_other_email') {
      throw new AppError('FORBIDDEN', 'errors.projects.invitationOtherEmail');
    }
    throw err;
  }
}
