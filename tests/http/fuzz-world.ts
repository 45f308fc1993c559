import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { renderErrorMessage } from '@/lib/i18n/render-error-message';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { createProject } from '@/modules/projects/create-project';
// Not a React hook, whatever its name says (an env helper of the auth tests).
import { useTempAuthEnv as tempAuthEnv } from '@tests/auth/env';
import type { MemoryCookieJar } from '@tests/auth/memory-jar';
import { runJobs } from '@tests/helpers/jobs';
import { signedInUser } from '@tests/helpers/next-request-scope';
import { createTestDb, sql } from '@tests/helpers/test-db';
import { APP_ORIGIN } from './route-handlers';

// The world the fuzz tests run in: a signed-in person on the Pro plan with a published site and
// two more projects, so inputs that pass validation reach the domain code and the database; and
// what counts as a server fault.
// (Unexpected errors reported by the code under test: reported-errors.ts.)

/** Error codes that are a 5xx. */
export const SERVER_FAULTS = new Set(['INTERNAL', 'UNAVAILABLE']);
/** What the boundary (findUnsafeInput) answers, in English: the refusal came from it, not from the database further in. */
export const UNSAFE_TEXT_MESSAGE = renderErrorMessage({ key: 'errors.common.unsafeText' }, 'en');
export const TOO_DEEP_MESSAGE = renderErrorMessage({ key: 'errors.common.invalidRequest' }, 'en');

export type FuzzWorld = {
  handle: DbHandle;
  jar: MemoryCookieJar;
  /** The published site's project. */
  siteProjectId: string;
  siteHost: string;
  /** Two more projects, which actions may change, unpublish or delete. */
  spareProjectIds: string[];
  close: () => Promise<void>;
};

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const env = tempAuthEnv({ APP_URL: APP_ORIGIN, ROOT_DOMAIN: 'sites.test' });
  const handle = await createTestDb();
  resetEnvCache();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-fuzz-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
  const user = await signedInUser(handle, { tier: 'pro' });
  const site = await createProject(user.claims, { name: `Fuzz ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: site.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: site.id });
  await runJobs();
  const spares = [
    await createProject(user.claims, { name: `Spare ${user.id.slice(0, 6)}` }),
    await createProject(user.claims, { name: `Other ${user.id.slice(0, 6)}` }),
  ];
  return {
    handle,
    jar: user.jar,
    siteProjectId: site.id,
    siteHost: `${site.slug}.sites.test`,
    spareProjectIds: spares.map((p) => p.id),
    close: async () => {
      await handle.close();
      env.restore();
    },
  };
}

/** A hash of every row of every table: equal before and after means nothing was written. */
export async function databaseFingerprint(handle: DbHandle): Promise<string> {
  const tables = (await handle.db.execute(
    sql`select table_schema, table_name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
  )) as unknown as Array<{ table_schema: string; table_name: string }>;
  const parts: string[] = [];
  for (const { table_schema: schema, table_name: table } of tables) {
    const [row] = (await handle.db.execute(
      sql.raw(
        `select count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '') as h from "${schema}"."${table}" t`,
      ),
    )) as unknown as Array<{ h: string }>;
    parts.push(`${schema}.${table}=${row!.h}`);
  }
  return parts.join('\n');
}
