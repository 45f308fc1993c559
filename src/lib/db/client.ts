import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { getEnv } from '@/lib/env';
import { applyMigrations, type MigrationExecutor } from './migrate';

// No relational schema: queries name their tables, and the port knows nothing of the modules
// that own them (a lint rule keeps src/lib from importing src/modules).
export type Db = PgDatabase<PgQueryResultHKT>;

type DbHandle = { db: Db; kind: 'pglite' | 'postgres'; executor: MigrationExecutor; close(): Promise<void> };

// One handle per process. Kept on globalThis because Next.js may evaluate this
// module more than once (route bundles), and PGlite must never open the same
// data directory twice.
const globalForDb = globalThis as typeof globalThis & { __pageMagicDb?: Promise<DbHandle> };

export async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
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
  return { db: drizzle({ client }) as unknown as Db, kind: 'pglite', executor, close: () => client.close() };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  // Supabase's transaction pooler (port 6543) does not support prepared statements.
  const client = postgres(url, { max: options.max ?? 10, prepare: !url.includes(':6543'), onnotice: () => {} });
  const executor: MigrationExecutor = {
    exec: async (text) => {
      await client.unsafe(text);
    },
    query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) =>
      (await client.unsafe(text, (params ?? []) as never[])) as unknown as T[],
    transaction: async (fn) => {
      await client.begin(async (tx) => {
        await fn({
          exec: async (text) => {
            await tx.unsafe(text);
          },
          query: async <T extends Record<string, unknown>>(text: string, params?: unknown[]) =>
            (await tx.unsafe(text, (params ?? []) as never[])) as unknown as T[],
        });
      });
    },
  };
  return { db: drizzle({ client }) as unknown as Db, kind: 'postgres', executor, close: () => client.end({ timeout: 5 }) };
}

async function openFromEnv(): Promise<DbHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  // Embedded default: a file-backed PGlite that migrates itself on first use,
  // so `npm start` on a fresh clone needs no database server.
  const handle = await openPglite(path.resolve(env.DATA_DIR, 'pglite'));
  await applyMigrations(handle.executor);
  return handle;
}

export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.__pageMagicDb) {
    globalForDb.__pageMagicDb = openFromEnv().catch((err: unknown) => {
      globalForDb.__pageMagicDb = undefined;
      throw err;
    });
  }
  return globalForDb.__pageMagicDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

const globalForRequestDb = globalThis as typeof globalThis & { __pageMagicRequestDb?: Promise<DbHandle> };

/**
 * The connection requests run on (withRls). With DATABASE_REQUEST_URL it logs in as a role that
 * can only `set role` to anon/authenticated, so even SQL injected inside withRls can't
 * `reset role` into privileges; otherwise (the embedded database, or a deployment that has not
 * set one up) it is the same connection as system code's.
 */
export async function getRequestDb(): Promise<Db> {
  const url = getEnv().DATABASE_REQUEST_URL;
  if (!url) return getDb();
  if (!globalForRequestDb.__pageMagicRequestDb) {
    globalForRequestDb.__pageMagicRequestDb = openPostgres(url).catch((err: unknown) => {
      globalForRequestDb.__pageMagicRequestDb = undefined;
      throw err;
    });
  }
  return (await globalForRequestDb.__pageMagicRequestDb).db;
}

/** Tests point the app at their own database (a fresh PGlite or PostgreSQL database). */
export function setDbForTests(handle: DbHandle): void {
  globalForDb.__pageMagicDb = Promise.resolve(handle);
}

export async function closeDb(): Promise<void> {
  const [current, request] = [globalForDb.__pageMagicDb, globalForRequestDb.__pageMagicRequestDb];
  globalForDb.__pageMagicDb = undefined;
  globalForRequestDb.__pageMagicRequestDb = undefined;
  if (request) await (await request).close();
  if (current) await (await current).close();
}

export type { DbHandle };
