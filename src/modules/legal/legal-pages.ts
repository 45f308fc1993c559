import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import { LOCALES } from '@/lib/i18n/translate';

/** The agency's legal pages: /terms and /privacy. The SQL check on legal_texts.page lists the same. */
export const LEGAL_PAGES = ['terms', 'privacy'] as const;
export type LegalPageName = (typeof LEGAL_PAGES)[number];

/** Longest text an admin may save (the SQL check says the same): a long privacy notice fits easily. */
export const LEGAL_TEXT_MAX = 40_000;

/** What the admin editor sends; the browser and the action validate with this same schema. */
export const saveLegalTextInput = z.object({
  page: z.enum(LEGAL_PAGES),
  locale: z.enum(LOCALES),
  body: z.string().trim().min(1, errorKey('errors.legal.bodyRequired')).max(LEGAL_TEXT_MAX, errorKey('errors.legal.bodyTooLong')),
});
export type SaveLegalTextInput = z.output<typeof saveLegalTextInput>;
