import { AppError } from '@/lib/errors';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * A draft about to be saved, validated by the site-document schema: the same refusal, with the
 * schema's first reason, whichever way it is saved (a generation, an edit, an autosave).
 */
export function parseDocumentToSave(raw: unknown): SiteDocument {
  const parsed = parseSiteDocument(raw);
  if (parsed.ok) return parsed.document;
  const reason = parsed.issues[0]?.message;
  throw reason !== undefined
    ? new AppError('VALIDATION', 'errors.generate.saveInvalid', { values: { reason } })
    : new AppError('VALIDATION', 'errors.generate.saveInvalidDocument');
}
