import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { SplinterQuery } from './run-splinter';

export type ThrowawayDatabase = {
  kind: 'postgres' | 'pglite';
  /** One statement; returns its rows. */
  query: SplinterQuery;
  /** Any number of statements, no parameters. */
  exec: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A fresh, empty database: a uniquely named database on the server at
 * TEST_DATABASE_URL (dropped on close), or an in-memory PGlite when it is unset.
 */
export async function openThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? openServerDatabase(serverUrl) : openPGlite();
}

async function openPGlite(): Promise<ThrowawayDatabase> {
  const pg = new PGlite();
  await pg.waitReady;
  return {
    kind: 'pglite',
    query: async (sql) => (await pg.query<Record<string, unknown>>(sql)).rows,
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}

async function openServerDatabase(serverUrl: string): Promise<ThrowawayDatabase> {
  const silent = { max: 1, onnotice: () => {} };
  const admin = postgres(serverUrl, silent);
  // Generated, not user input, so it is safe to splice into DDL.
  const databaseName = `splinter_${randomBytes(8).toString('hex')}`;
  await admin.unsafe(`create database "${databaseName}"`);

  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const db = postgres(url.toString(), silent);

  return {
    kind: 'postgres',
    query: async (sql) => Array.from(await db.unsafe(sql)),
    exec: async (sql) => {
      await db.unsafe(sql).simple();
    },
    close: async () => {
      await db.end();
      await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
      await admin.end();
    },
  };
}
