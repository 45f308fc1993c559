import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import type { Locale } from '@/lib/i18n/translate';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import type { LegalPageName } from './legal-pages';
import { legalTexts } from './schema';

export type ResetLegalTextInput = { page: LegalPageName; locale: Locale };

/** An admin removes the saved text: the page shows its built-in text again. Audited by trigger. */
export async function resetLegalText(claims: VerifiedClaims, input: ResetLegalTextInput): Promise<void> {
  await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    await tx.delete(legalTexts).where(and(eq(legalTexts.page, input.page), eq(legalTexts.locale, input.locale)));
  });
}
