import postgres from 'postgres';
import { createMigratedTestDb } from '../helpers/test-db';

/**
 * With TEST_DATABASE_URL (CI, this machine's PostgreSQL) every test file gets
 * its own fresh database named pm_t_<run>_<n>; this drops them at the end.
 * Without it, test files use in-memory PGlite and there is nothing to do.
 *
 * The migrations run once, here, into one such database; a test file's
 * database is a copy of it (CREATE DATABASE … TEMPLATE), which takes a fraction
 * of the second that applying every migration again took per file.
 */
export default async function setup() {
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  process.env.PM_TEST_RUN_ID = runId;
  if (process.env.TEST_DATABASE_URL) {
    // The same fresh, migrated database a test file gets (no template is named yet), closed before
    // any copy: PostgreSQL copies no database someone is connected to.
    const handle = await createMigratedTestDb('');
    await handle.close();
    process.env.PM_TEST_TEMPLATE_DB = new URL(handle.url!).pathname.slice(1);
  }
  return async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return;
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const dbs = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`pm_t_${runId}_%`}`;
      for (const { datname } of dbs) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    } finally {
      await sql.end();
    }
  };
}
