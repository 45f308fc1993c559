/**
 * Database chores for `npm start` and `npm run db:migrate`:
 *   tsx scripts/db.ts migrate                     apply supabase/migrations
 *   tsx scripts/db.ts seed-if-empty               the demo accounts, when there are no users yet
 *   tsx scripts/db.ts check-published-passwords   refuse a real database whose accounts use a published password
 *   tsx scripts/db.ts apply-fixtures <dir>        end-to-end test fixtures (every .sql in <dir>), embedded database only
 * Uses DATABASE_URL when set, else the embedded PGlite under .data/.
 *
 * Demo data goes into the embedded database only — or a real one when SEED_DEMO=1 says it is a
 * demo deployment, and even then the agency admin gets no password (magic link only): an admin
 * with a password printed in our README must never exist where real clients are.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDbHandle, closeDb } from '@/lib/db/client';
import { findAccountsWithPublishedPasswords, seedDemoIfEmpty } from '@/lib/auth/demo-accounts';
import { applyMigrations } from '@/lib/db/migrate';
import { getEnv, isDemoPasswordAllowed } from '@/lib/env';

async function main() {
  const command = process.argv[2];
  const env = getEnv();
  const handle = await getDbHandle();
  try {
    if (command === 'migrate' || command === 'seed-if-empty') {
      const applied = await applyMigrations(handle.executor);
      console.log(applied.length ? `  applied migrations: ${applied.join(', ')}` : '  database schema is up to date');
    }
    if (command === 'seed-if-empty') {
      if (env.DATABASE_URL && env.SEED_DEMO !== '1') {
        console.log('  no demo accounts on a real database (set SEED_DEMO=1 for a demo deployment)');
        return;
      }
      if (await seedDemoIfEmpty(handle.executor, { isRealDatabase: Boolean(env.DATABASE_URL) })) {
        console.log(env.DATABASE_URL ? '  seeded demo accounts (the admin signs in by magic link only)' : '  seeded demo accounts');
      }
    }
    if (command === 'apply-fixtures') {
      // States a person can't reach quickly through the app (a plan's storage already full),
      // for the end-to-end run's throwaway database — never a real one.
      if (env.DATABASE_URL) throw new Error('apply-fixtures runs on the embedded database only');
      const dir = path.resolve(process.argv[3] ?? 'tests/e2e/fixtures');
      for (const file of (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort()) {
        await handle.executor.exec(await readFile(path.join(dir, file), 'utf8'));
        console.log(`  applied fixture ${file}`);
      }
    }
    if (command === 'check-published-passwords' && !isDemoPasswordAllowed(env)) {
      const exposed = await findAccountsWithPublishedPasswords(handle.executor);
      if (exposed.length) {
        console.error(`✖ These accounts use a password published in the README: ${exposed.join(', ')}.`);
        console.error('  Change their passwords (or remove the accounts) before starting on this database.');
        process.exitCode = 1;
      }
    }
  } finally {
    await closeDb();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
