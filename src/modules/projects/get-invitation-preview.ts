import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { hashOpaqueToken } from '@/lib/auth/tokens';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';

export type InvitationPreview = {
  projectName: string;
  role: 'editor' | 'viewer';
  email: string;
  inviterEmail: string | null;
  isForYou: boolean;
};

/** What the accept page shows for an invitation link; null when the link is invalid, spent or expired. */
export async function getInvitationPreview(claims: VerifiedClaims, input: { token: string }): Promise<InvitationPreview | null> {
  const token = input.token.trim();
  if (token.length < 16 || token.length > 200) return null;
  const [row] = await withRls(claims, async (tx) =>
    rowsOf<{ project_name: string; role: 'editor' | 'viewer'; email: string; inviter_email: string | null }>(
      await tx.execute(sql`select project_name, role, email, inviter_email from private.invitation_preview(${hashOpaqueToken(token)})`),
    ),
  );
  if (!row) return null;
  return {
    projectName: row.project_name,
    role: row.role,
    email: row.email,
    inviterEmail: row.inviter_email,
    isForYou: row.email === (claims.email ?? '').toLowerCase(),
  };
}
