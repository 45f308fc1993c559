import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { siteVersions } from './schema';

/** The project's newest version (its draft), inside the caller's RLS transaction; null before the first generation. */
export async function latestVersionRefIn(tx: Tx | Db, projectId: string): Promise<{ id: string; version: number } | null> {
  const [row] = await tx
    .select({ id: siteVersions.id, version: siteVersions.version })
    .from(siteVersions)
    .where(eq(siteVersions.projectId, projectId))
    .orderBy(desc(siteVersions.version))
    .limit(1);
  return row ?? null;
}

/** A saved version's document, for the publish job (system code) building the deployment that names it. */
export async function unsafeGetVersionDocument(versionId: string, projectId: string): Promise<SiteDocument | null> {
  const db = await unsafeSystemDb('the publish job reads the site version it was asked to build');
  const [row] = await db
    .select({ document: siteVersions.document })
    .from(siteVersions)
    .where(and(eq(siteVersions.id, versionId), eq(siteVersions.projectId, projectId)));
  return row?.document ?? null;
}
