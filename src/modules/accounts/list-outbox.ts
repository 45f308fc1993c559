import { desc } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { emailOutbox } from '@/lib/email/schema';
import { assertAdmin } from './require-admin-claims';

export async function listOutbox(claims: VerifiedClaims, input: { limit?: number } = {}) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(Math.min(input.limit ?? 50, 200));
  });
}
