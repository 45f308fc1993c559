import { sql } from 'drizzle-orm';
import { hashOpaqueToken } from '@/lib/auth/tokens';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/** The token part of a share URL: base64url of 32 random bytes. Anything else is not worth a query. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * What a share link shows: the project's current draft, for a valid (unexpired, unrevoked)
 * token, to anyone — it runs as `anon` through private.shared_preview_draft, which answers only
 * for that token's hash. Null for anything else (the page answers 404 alike).
 */
export async function getSharedPreview(
  token: string,
): Promise<{ projectId: string; document: SiteDocument; version: number; expiresAt: Date } | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await withRls(null, async (tx) =>
    rowsOf<{ project_id: string; version: number; document: unknown; expires_at: string | Date }>(
      await tx.execute(sql`select project_id, version, document, expires_at from private.shared_preview_draft(${hashOpaqueToken(token)})`),
    ),
  );
  if (!row) return null;
  const parsed = parseSiteDocument(row.document);
  if (!parsed.ok) return null;
  return { projectId: row.project_id, document: parsed.document, version: Number(row.version), expiresAt: new Date(row.expires_at) };
}
