import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from './schema';
import { auditEntriesIn, involvingPerson } from './list-audit-log';
import { assertAdmin } from './require-admin-claims';

export async function getClientDetail(claims: VerifiedClaims, input: { clientId: string }) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [profile] = await tx.select().from(userProfiles).where(eq(userProfiles.id, input.clientId));
    if (!profile) throw new AppError('NOT_FOUND', 'errors.accounts.clientNotFound');
    const activity = await auditEntriesIn(tx, { where: involvingPerson(input.clientId), limit: 20 });
    return { profile, activity };
  });
}
