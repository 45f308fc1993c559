/**
 * Child process of app-bench.ts: migrates a fresh embedded database under DATA_DIR, seeds the
 * demo accounts (supabase/seed.sql) and gives the Pro demo client's project a draft (the
 * vegan-bakery fixture), so the bench can open the studio and the editor as that client. Closes
 * the database so `next start` can open the same directory (PGlite: one process per directory).
 * Prints `{"projectId": …}` as its last line.
 */
import { seedDemoIfEmpty } from '@/lib/auth/demo-accounts';
import { closeDb, getDbHandle } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { claimsFor } from '@tests/helpers/test-db';

/** supabase/seed.sql: Paulo, the Pro demo client, and his project. */
export const DEMO_PRO = { id: '00000000-0000-4000-8000-00000000c002', email: 'pro@pagemagic.local' };
export const DEMO_PROJECT_ID = '00000000-0000-4000-8000-0000000000f1';

async function main(): Promise<void> {
  if (!process.env.DATA_DIR || process.env.DATABASE_URL)
    throw new Error('set DATA_DIR (and no DATABASE_URL): this prepares the embedded database');
  const handle = await getDbHandle();
  try {
    await applyMigrations(handle.executor);
    await seedDemoIfEmpty(handle.executor, { isRealDatabase: false });
    const claims = claimsFor(DEMO_PRO.id, DEMO_PRO.email);
    await saveSiteVersion(claims, { projectId: DEMO_PROJECT_ID, document: veganBakery, source: 'generate' });
    console.log(JSON.stringify({ projectId: DEMO_PROJECT_ID }));
  } finally {
    await closeDb();
  }
}

if (process.argv[1]?.endsWith('prepare-app.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
