import postgres from 'postgres';

/**
 * With TEST_DATABASE_URL (CI, this machine's PostgreSQL) every test file gets
 * its own fresh database named pm_t_<run>_<n>; this drops them at the end.
 * Without it, test files use in-memory PGlite and there is nothing to do.
 */
export default async function setup() {
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  process.env.PM_TEST_RUN_ID = runId;
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
