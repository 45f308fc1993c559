import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { eq, sql } from 'drizzle-orm';
import { openPostgres, setDbForTests, type Db, type DbHandle } from '@/lib/db/client';
import { applyMigrations, listMigrations, migrationsDir, type MigrationExecutor } from '@/lib/db/migrate';
import { unsafeMarkClaimsVerified, type VerifiedClaims } from '@/lib/claims';
import { authUsers } from '@/lib/auth/schema';
import { userProfiles, type Tier, type UserType } from '@/modules/accounts/schema';

let counter = 0;

/**
 * A fresh, fully migrated database for one test file: a new PostgreSQL
 * database when TEST_DATABASE_URL is set, else an in-memory PGlite.
 * It also becomes the app's database (getDb) for code under test.
 *
 * PGlite starts from a cached, already-migrated data directory (see
 * openCachedPglite): initdb plus the migrations cost ~7 s of CPU per test
 * file, loading the cached dump ~1.5 s.
 */
export async function createTestDb(): Promise<DbHandle & { url?: string }> {
  const handle = await createMigratedTestDb('');
  setDbForTests(handle);
  return handle;
}

/**
 * Like createTestDb, but runs `prelude` (SQL) before the migrations and does
 * NOT become the app's database: for tests that need a differently
 * bootstrapped database next to the normal one (e.g. Supabase's default
 * privileges). Each distinct prelude gets its own PGlite cache entry.
 */
export async function createMigratedTestDb(prelude: string): Promise<DbHandle & { url?: string }> {
  const base = process.env.TEST_DATABASE_URL;
  const handle = base ? await createPostgresDb(base, prelude) : await openCachedPglite(prelude);
  // On a PGlite cache hit this is a no-op (the cache key covers every
  // migration's content); it is also what keeps a stale dump honest.
  await applyMigrations(handle.executor);
  return handle;
}

async function createPostgresDb(base: string, prelude: string): Promise<DbHandle & { url: string }> {
  // The global teardown (tests/setup/global-setup.ts) drops every pm_t_<run>_* database.
  const name = `pm_t_${process.env.PM_TEST_RUN_ID ?? 'local'}_${process.pid}_${++counter}_${Math.floor(Math.random() * 1e6)}`;
  // A copy of the run's migrated template (tests/setup/global-setup.ts) unless a prelude must run
  // before the migrations; the migrations applied below are then a no-op that checks it is current.
  const template = prelude ? undefined : process.env.PM_TEST_TEMPLATE_DB;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = { ...(await openPostgres(url.toString(), { max: 8 })), url: url.toString() };
  if (prelude) await handle.executor.exec(prelude);
  return handle;
}

// ---------------------------------------------------------------------------
// Cached PGlite
//
// The first test file to need a database builds one (initdb + prelude +
// migrations), dumps its data directory to <os tmpdir>/page-magic-test-pglite-
// <uid>/<variant>-<key>.tar and every later file loads that dump instead.
//  * key = hash of the prelude, the PGlite version and every migration's name
//    and content, so editing, adding or renaming a migration rebuilds it.
//  * vitest workers that start at once may both build; each writes a private
//    temp file and rename()s it into place, which is atomic on one file
//    system, so a reader sees either no dump or a whole one.
//  * dumps are ~40 MB; ones nobody has loaded for an hour (older migrations,
//    other checkouts) and temp files left by crashed workers are removed.
// ---------------------------------------------------------------------------

const STALE_AFTER_MS = 60 * 60 * 1000;

function cacheDir(): string {
  // Per OS user, so a shared /tmp never hands one user's files to another.
  return path.join(os.tmpdir(), `page-magic-test-pglite-${process.getuid?.() ?? 'user'}`);
}

/** The PGlite cache key for `prelude` and the migrations in `dir` (exported for its own test). */
export async function pgliteCacheKey(prelude: string, dir = migrationsDir()): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`prelude\0${prelude}\0`);
  try {
    hash.update(await readFile(path.join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  } catch {
    hash.update('unknown-pglite');
  }
  // Names (not absolute paths) and contents: two checkouts with the same
  // migrations share a dump.
  for (const m of await listMigrations(dir)) hash.update(`\0${path.basename(m.file)}\0`).update(await readFile(m.file));
  return hash.digest('hex').slice(0, 20);
}

async function openCachedPglite(prelude: string): Promise<DbHandle> {
  const dir = cacheDir();
  const variant = prelude ? `prelude-${createHash('sha256').update(prelude).digest('hex').slice(0, 8)}` : 'plain';
  const file = path.join(dir, `${variant}-${await pgliteCacheKey(prelude)}.tar`);

  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    const opened = await openInMemoryPglite(new Blob([new Uint8Array(cached)])).catch(() => undefined);
    if (opened) {
      const now = new Date();
      await utimes(file, now, now).catch(() => {}); // "recently used": keeps it out of the stale sweep
      return opened.handle;
    }
    // An unreadable dump is rebuilt (and replaced) below.
  }

  const { handle, client } = await openInMemoryPglite(undefined);
  if (prelude) await handle.executor.exec(prelude);
  await applyMigrations(handle.executor);
  await handle.executor.exec('checkpoint');
  const dump = await client.dumpDataDir('none');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file);
  } catch {
    // Caching is an optimisation: a full disk must not fail the test file.
    await rm(tmp, { force: true });
  }
  await removeStaleDumps(dir, file);
  return handle;
}

async function removeStaleDumps(dir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const full = path.join(dir, name);
    if (full === keep || !(name.endsWith('.tar') || name.endsWith('.tmp'))) continue;
    const info = await stat(full).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) await rm(full, { force: true });
  }
}

/**
 * openPglite (src/lib/db/client.ts) plus PGlite's `loadDataDir` option,
 * which the app's factory does not expose; the executor mirrors that file's
 * so code under test sees the same kind of handle.
 */
async function openInMemoryPglite(dump: Blob | undefined): Promise<{ handle: DbHandle; client: PGlite }> {
  const client = new PGlite(dump ? { loadDataDir: dump } : {});
  try {
    await client.waitReady;
  } catch (err) {
    await client.close().catch(() => {});
    throw err;
  }
  const executor: MigrationExecutor = {
    exec: async (text) => {
      await client.exec(text);
    },
    query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    transaction: async (fn) => {
      await client.transaction(async (tx) => {
        await fn({
          exec: async (text) => {
            await tx.exec(text);
          },
          query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
        });
      });
    },
  };
  const handle: DbHandle = { db: drizzle({ client }) as unknown as Db, kind: 'pglite', executor, close: () => client.close() };
  return { handle, client };
}

// ---------------------------------------------------------------------------
// Users and claims
// ---------------------------------------------------------------------------

export type TestUser = { id: string; email: string; claims: VerifiedClaims };

/**
 * Claims of a fully signed-in user: their session passed the second factor (`aal2`), as an
 * admin's must for the database to treat them as one (private.is_admin). Tests of what a
 * one-factor session may do pass `aal: 'aal1'`.
 */
export function claimsFor(
  userId: string,
  email: string,
  act?: { sub: string; email?: string },
  aal: 'aal1' | 'aal2' = 'aal2',
): VerifiedClaims {
  return unsafeMarkClaimsVerified({
    sub: userId,
    role: 'authenticated',
    email,
    aud: 'authenticated',
    aal,
    exp: Math.floor(Date.now() / 1000) + 3600,
    ...(act ? { act } : {}),
  });
}

/** A new user with a unique email, of the given type and tier (privileged setup). */
export async function createTestUser(handle: DbHandle, opts: { tier?: Tier; userType?: UserType; email?: string } = {}): Promise<TestUser> {
  const id = randomUUID();
  // The whole id: an 8-character prefix collided once in a run that creates thousands of users.
  const email = opts.email ?? `user-${id}@test.local`;
  await handle.db.insert(authUsers).values({ id, email, emailConfirmedAt: new Date(), createdAt: new Date(), rawUserMetaData: {} });
  if (opts.tier || opts.userType) {
    await handle.db
      .update(userProfiles)
      .set({ ...(opts.tier ? { tier: opts.tier } : {}), ...(opts.userType ? { userType: opts.userType } : {}) })
      .where(eq(userProfiles.id, id));
  }
  return { id, email, claims: claimsFor(id, email) };
}

export { sql };
