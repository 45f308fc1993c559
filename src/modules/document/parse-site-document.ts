import { formatIssues, type DocumentIssue } from './format-issues';
import { siteDocumentSchema, type SiteDocument } from './site-document-schema';

export type ParseSiteDocumentResult = { ok: true; document: SiteDocument } | { ok: false; issues: DocumentIssue[] };

/**
 * Validates a site document (an object, or its JSON text) without throwing. Unknown properties
 * are dropped; everything else must match the schema exactly — use `repairSiteDocument` for
 * best-effort recovery of model output.
 */
export function parseSiteDocument(input: unknown): ParseSiteDocumentResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, issues: [{ path: '', message: 'document: not valid JSON' }] };
    }
  }
  const result = siteDocumentSchema.safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: formatIssues(result.error, value) };
}
