import { and, eq } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import type { Locale } from '@/lib/i18n/translate';
import type { LegalPageName } from './legal-pages';
import { legalTexts } from './schema';

export type LegalText = { body: string; updatedAt: Date };

/**
 * The text the agency saved for a page in a language, read as a visitor (anon: the policy lets
 * everyone read), or null when none was saved — the page then shows its built-in text. No
 * fallback to another language: a pt-PT reader never gets pt-BR terms the agency wrote for Brazil.
 */
export async function getLegalText(page: LegalPageName, locale: Locale): Promise<LegalText | null> {
  const [row] = await withRls(null, (tx) =>
    tx
      .select({ body: legalTexts.body, updatedAt: legalTexts.updatedAt })
      .from(legalTexts)
      .where(and(eq(legalTexts.page, page), eq(legalTexts.locale, locale))),
  );
  return row ?? null;
}
