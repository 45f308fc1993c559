/**
 * Child process of next-host.ts: publishes vegan-bakery into the embedded defaults under
 * DATA_DIR (file-backed PGlite at DATA_DIR/pglite, blobs at DATA_DIR/storage) through the real
 * pipeline, then closes the database so `next start` can open the same directory (PGlite allows
 * one process per data directory). Prints `{"slug": …}` as its last line.
 *
 *   DATA_DIR=/tmp/x ROOT_DOMAIN=sites.test npx tsx tests/bench/host/prepare-next-site.ts
 */
import { closeDb, getDbHandle } from '@/lib/db/client';
import { testJobEngine } from '@tests/helpers/jobs';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { createProject } from '@/modules/projects/create-project';
import { createTestUser } from '@tests/helpers/test-db';

async function main(): Promise<void> {
  if (!process.env.DATA_DIR || process.env.DATABASE_URL)
    throw new Error('set DATA_DIR (and no DATABASE_URL): this prepares the embedded database');
  const handle = await getDbHandle(); // migrates the fresh data directory
  try {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'Green Crumb' });
    await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    await requestPublish(user.claims, { projectId: project.id });
    await testJobEngine().drain();
    console.log(JSON.stringify({ slug: project.slug }));
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
