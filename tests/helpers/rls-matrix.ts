import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { openPostgres, useDbForTests, type Db, type DbHandle } from '@/lib/db/client';
import { applyMigrations, listMigrations, type MigrationExecutor } from '@/lib/db/migrate';
import { schema } from '@/lib/db/schema';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { claimsFor, createTestDb, type TestUser } from './test-db';

/**
 * Helpers for the RLS matrix and the tier-limit / impersonation tests:
 * a per-test "world" of two tenants plus admins, privileged snapshots for
 * "the row is unchanged afterwards" checks, and outcome classification.
 */

/** pglite's drizzle driver returns `{ rows }`, postgres.js returns the rows array itself. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

export type Outcome = { kind: 'ok'; count: number } | { kind: 'error'; code: AppErrorCode | 'RAW'; error: unknown };

/** Runs an actor operation and records how it ended instead of throwing. */
export async function outcomeOf(run: () => Promise<number>): Promise<Outcome> {
  try {
    return { kind: 'ok', count: await run() };
  } catch (error) {
    return { kind: 'error', code: isAppError(error) ? error.code : 'RAW', error };
  }
}

/** A privileged read (bypasses RLS): rows as JSON, in a stable order. */
export async function snapshot(handle: DbHandle, query: string, params: unknown[] = []): Promise<unknown[]> {
  const rows = await handle.executor.query<{ row: unknown }>(
    `select to_jsonb(t) as row from (${query}) t order by to_jsonb(t)::text`,
    params,
  );
  return rows.map((r) => r.row);
}

export type AuditRow = { id: number; actor_id: string | null; subject_id: string | null; action: string; target_id: string | null; details: Record<string, unknown> };

export async function maxAuditId(handle: DbHandle): Promise<number> {
  const [row] = await handle.executor.query<{ id: number }>('select coalesce(max(id), 0)::int as id from public.audit_log');
  return row!.id;
}

export async function auditSince(handle: DbHandle, afterId: number): Promise<AuditRow[]> {
  return handle.executor.query<AuditRow>(
    'select id::int as id, actor_id::text, subject_id::text, action, target_id, details from public.audit_log where id > $1 order by id',
    [afterId],
  );
}

export function uniqueSlug(prefix = 'p'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}`;
}

/** A project owned by `ownerId`, created on the privileged connection (triggers still run). */
export async function createProjectAsSystem(handle: DbHandle, ownerId: string, name = 'Fixture'): Promise<string> {
  const [row] = await handle.executor.query<{ id: string }>(
    'insert into public.projects (owner_id, name, slug) values ($1, $2, $3) returning id::text',
    [ownerId, name, uniqueSlug()],
  );
  return row!.id;
}

export async function addMemberAsSystem(handle: DbHandle, projectId: string, userId: string, role: 'editor' | 'viewer' = 'editor'): Promise<void> {
  await handle.executor.query('insert into public.project_members (project_id, user_id, role) values ($1, $2, $3)', [projectId, userId, role]);
}

export type Actor = 'anon' | 'clientA' | 'clientB' | 'admin' | 'impersonatorA';
export const ACTORS: readonly Actor[] = ['anon', 'clientA', 'clientB', 'admin', 'impersonatorA'];

/**
 * Two tenants and two admins, with one row of every table belonging to each
 * tenant:
 * - A: free client, project PA (owner membership only; free allows 1 member).
 * - B: pro client, project PB with D as editor.
 * - admin starts a session for A, admin2 one for B (→ impersonation.start audit rows).
 * - one outbox email for A and one for B.
 * - E: a client who belongs to nothing (used as a member to add).
 */
export type World = {
  a: TestUser;
  b: TestUser;
  d: TestUser;
  e: TestUser;
  admin: TestUser;
  admin2: TestUser;
  projectA: string | null;
  projectB: string;
  sessionA: string;
  sessionB: string;
  auditA: number;
  auditB: number;
  emailA: string;
  emailB: string;
};

/**
 * Builds the world in one multi-statement script: ~5x faster than one
 * createTestUser call per user, which matters because every matrix cell gets
 * its own world. Users are still fresh (random ids, unique emails) and go
 * through the same path as createTestUser: insert into auth.users (the
 * trigger creates the profile), then set tier/user_type. All values inlined
 * below are generated here (UUIDs, fixed words), never external input.
 */
export async function createWorld(handle: DbHandle, opts: { projectForA?: boolean } = {}): Promise<World> {
  const user = (): TestUser => {
    const id = randomUUID();
    const email = `user-${id.slice(0, 8)}@test.local`;
    return { id, email, claims: claimsFor(id, email) };
  };
  const [a, b, d, e, admin, admin2] = [user(), user(), user(), user(), user(), user()];
  const projectA = opts.projectForA === false ? null : randomUUID();
  const projectB = randomUUID();
  const [sessionA, sessionB, emailA, emailB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const users = [a, b, d, e, admin, admin2].map((u) => `('${u.id}', '${u.email}', '{}'::jsonb)`).join(', ');
  await handle.executor.exec(`
    insert into auth.users (id, email, raw_user_meta_data) values ${users};
    update public.user_profiles set tier = 'pro' where id = '${b.id}';
    update public.user_profiles set user_type = 'admin' where id in ('${admin.id}', '${admin2.id}');
    ${projectA ? `insert into public.projects (id, owner_id, name, slug) values ('${projectA}', '${a.id}', 'A site', '${uniqueSlug()}');` : ''}
    insert into public.projects (id, owner_id, name, slug) values ('${projectB}', '${b.id}', 'B site', '${uniqueSlug()}');
    insert into public.project_members (project_id, user_id, role) values ('${projectB}', '${d.id}', 'editor');
    insert into public.impersonation_sessions (id, admin_id, client_id, reason)
      values ('${sessionA}', '${admin.id}', '${a.id}', 'fixture'), ('${sessionB}', '${admin2.id}', '${b.id}', 'fixture');
    insert into public.email_outbox (id, to_address, user_id, template, subject, provider)
      values ('${emailA}', '${a.email}', '${a.id}', 'magic_link', 'Sign in', 'outbox'),
             ('${emailB}', '${b.email}', '${b.id}', 'magic_link', 'Sign in', 'outbox');
  `);
  const audits = await handle.executor.query<{ id: number; subject_id: string }>(
    `select id::int as id, subject_id::text from public.audit_log where target_id in ($1, $2)`,
    [sessionA, sessionB],
  );
  return {
    a,
    b,
    d,
    e,
    admin,
    admin2,
    projectA,
    projectB,
    sessionA,
    sessionB,
    auditA: audits.find((r) => r.subject_id === a.id)!.id,
    auditB: audits.find((r) => r.subject_id === b.id)!.id,
    emailA,
    emailB,
  };
}

/** The claims an actor presents; `null` runs as `anon`. */
export function claimsOf(world: World, actor: Actor): VerifiedClaims | null {
  switch (actor) {
    case 'anon':
      return null;
    case 'clientA':
      return world.a.claims;
    case 'clientB':
      return world.b.claims;
    case 'admin':
      return world.admin.claims;
    case 'impersonatorA':
      return claimsFor(world.a.id, world.a.email, { sub: world.admin.id, email: world.admin.email });
  }
}

/** Whose data an actor acts as: the impersonator acts as A. */
export function subjectOf(world: World, actor: Actor): string | null {
  if (actor === 'clientA' || actor === 'impersonatorA') return world.a.id;
  if (actor === 'clientB') return world.b.id;
  if (actor === 'admin') return world.admin.id;
  return null;
}

/**
 * Resolves once `n` callers have arrived (or after `timeoutMs`, so a pool
 * that cannot open `n` connections at once degrades to a weaker test
 * instead of hanging). `allArrived()` tells which of the two happened.
 */
export function barrier(n: number, timeoutMs = 5000): { arrive: () => Promise<void>; allArrived: () => boolean } {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  const timer = setTimeout(() => release(), timeoutMs);
  return {
    arrive: async () => {
      arrived += 1;
      if (arrived >= n) {
        clearTimeout(timer);
        release();
      }
      await all;
    },
    allArrived: () => arrived >= n,
  };
}

/** Asserts a promise rejects with an AppError of the given code (never a raw driver error). */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error, `expected AppError(${code}) but the operation succeeded`).toBeDefined();
  expect(isAppError(error), `expected AppError(${code}), got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
}

/**
 * Supabase's default privileges, from supabase/postgres' initial schema: every
 * table, function and sequence created in `public` starts with ALL for the
 * API roles. Run before our migrations, this is what `supabase db push` meets
 * on a hosted project.
 */
const SUPABASE_DEFAULT_PRIVILEGES = `
  do $$
  begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
  end
  $$;
  alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
  alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
  alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
`;

/**
 * Same contract as createTestDb (a fresh, fully migrated database for one
 * test file, registered as the app's database), but on PGlite it starts from
 * a cached, already-migrated data directory instead of running initdb: a
 * fresh PGlite costs ~7.5 s of CPU per test file, loading the dump ~1.5 s.
 * vitest runs one file at a time on this 2-core machine, so that is most of
 * the tests/db budget. The cache is keyed by the migrations' content and the
 * PGlite version, so a changed migration rebuilds it.
 * TODO(lead): fold this into createTestDb so every database test file gets it.
 */
export async function createTestDbFast(opts: { supabaseDefaultPrivileges?: boolean } = {}): Promise<DbHandle> {
  const prelude = opts.supabaseDefaultPrivileges ? SUPABASE_DEFAULT_PRIVILEGES : '';
  if (process.env.TEST_DATABASE_URL) {
    if (!prelude) return createTestDb();
    return createPostgresDb(prelude);
  }
  const handle = await openCachedPglite(prelude);
  // A no-op on a good cache; also what keeps a stale one honest.
  await applyMigrations(handle.executor);
  if (!prelude) useDbForTests(handle);
  return handle;
}

async function createPostgresDb(prelude: string): Promise<DbHandle> {
  const base = process.env.TEST_DATABASE_URL!;
  // Named like createTestDb's databases so the global teardown drops it.
  const name = `pm_t_${process.env.PM_TEST_RUN_ID ?? 'local'}_${process.pid}_sb_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { max: 2 });
  await handle.executor.exec(prelude);
  await applyMigrations(handle.executor);
  return handle;
}

async function cacheKey(prelude: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(prelude);
  try {
    hash.update(await readFile(path.join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  } catch {
    hash.update('unknown-pglite');
  }
  for (const m of await listMigrations()) hash.update(m.file).update(await readFile(m.file));
  return hash.digest('hex').slice(0, 16);
}

async function openCachedPglite(prelude: string): Promise<DbHandle> {
  const dir = path.join(os.tmpdir(), 'page-magic-test-pglite');
  const variant = prelude ? 'supabase-defaults' : 'plain';
  const file = path.join(dir, `${variant}-${await cacheKey(prelude)}.tar`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    try {
      return (await openInMemoryPglite(new Blob([new Uint8Array(cached)]))).handle;
    } catch {
      // An unreadable dump is rebuilt below.
    }
  }

  const { handle, client } = await openInMemoryPglite(undefined);
  if (prelude) await handle.executor.exec(prelude);
  await applyMigrations(handle.executor);
  await handle.executor.exec('checkpoint');
  const dump = await client.dumpDataDir('none');
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
  await rename(tmp, file); // atomic: a parallel worker never reads half a file
  // Dumps of older migrations (40 MB each) are dead weight.
  for (const name of await readdir(dir)) {
    if (name.startsWith(`${variant}-`) && name.endsWith('.tar') && path.join(dir, name) !== file) await rm(path.join(dir, name), { force: true });
  }
  return handle;
}

/**
 * openPglite (src/lib/db/client.ts) with a `loadDataDir` option; the
 * executor mirrors that file's so code under test sees the same handle.
 */
async function openInMemoryPglite(dump: Blob | undefined): Promise<{ handle: DbHandle; client: PGlite }> {
  const client = new PGlite(dump ? { loadDataDir: dump } : {});
  await client.waitReady;
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
  const handle: DbHandle = { db: drizzle({ client, schema }) as unknown as Db, kind: 'pglite', executor, close: () => client.close() };
  return { handle, client };
}
