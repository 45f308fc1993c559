import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { legalTexts } from './schema';

/** Every saved legal text, for the admin editor (which pages and languages differ from the built-in text). */
export async function listLegalTexts(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx
      .select({ page: legalTexts.page, locale: legalTexts.locale, body: legalTexts.body, updatedAt: legalTexts.updatedAt })
      .from(legalTexts);
  });
}
