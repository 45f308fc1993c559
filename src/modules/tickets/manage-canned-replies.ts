import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { assertAgencyStaff } from '@/modules/accounts/require-agency-staff-claims';
import { supportCannedReplies } from './schema';

export type CannedReply = { id: string; title: string; body: string };

export const saveCannedReplyInput = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(10_000),
});

/** The agency's saved answers, for its admins and developers (RLS hides them from everyone else too); admins change them. */
export async function listCannedReplies(claims: VerifiedClaims): Promise<CannedReply[]> {
  return withRls(claims, async (tx) => {
    await assertAgencyStaff(tx, claims);
    return tx
      .select({ id: supportCannedReplies.id, title: supportCannedReplies.title, body: supportCannedReplies.body })
      .from(supportCannedReplies)
      .orderBy(asc(supportCannedReplies.title));
  });
}

export async function saveCannedReply(claims: VerifiedClaims, input: z.input<typeof saveCannedReplyInput>): Promise<CannedReply> {
  const data = saveCannedReplyInput.parse(input);
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [row] = await tx
      .insert(supportCannedReplies)
      .values(data)
      .returning({ id: supportCannedReplies.id, title: supportCannedReplies.title, body: supportCannedReplies.body });
    return row!;
  });
}

export async function deleteCannedReply(claims: VerifiedClaims, input: { id: string }): Promise<void> {
  const id = z.uuid().parse(input.id);
  await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    await tx.delete(supportCannedReplies).where(eq(supportCannedReplies.id, id));
  });
}
