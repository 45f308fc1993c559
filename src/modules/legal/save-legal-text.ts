import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { saveLegalTextInput, type SaveLegalTextInput } from './legal-pages';
import { legalTexts } from './schema';

/**
 * An agency admin saves (and so publishes) the terms or the privacy text of one language. The
 * role is checked here for a clear error and again by RLS; the trigger stamps the date and the
 * author, and the audit trigger records the write.
 */
export async function saveLegalText(claims: VerifiedClaims, raw: SaveLegalTextInput) {
  const input = saveLegalTextInput.parse(raw);
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [row] = await tx
      .insert(legalTexts)
      .values({ page: input.page, locale: input.locale, body: input.body })
      .onConflictDoUpdate({ target: [legalTexts.page, legalTexts.locale], set: { body: sql`excluded.body` } })
      .returning({ page: legalTexts.page, locale: legalTexts.locale, updatedAt: legalTexts.updatedAt });
    return row!;
  });
}
