/**
 * Database chores for `npm start` and `npm run db:migrate`:
 *   tsx scripts/db.ts migrate        apply supabase/migrations
 *   tsx scripts/db.ts seed-if-empty  apply supabase/seed.sql when there are no users
 * Uses DATABASE_URL when set, else the embedded PGlite under .data/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDbHandle, closeDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';

async function main() {
  const command = process.argv[2];
  const handle = await getDbHandle();
  try {
    if (command === 'migrate' || command === 'seed-if-empty') {
      const applied = await applyMigrations(handle.executor);
      console.log(applied.length ? `  applied migrations: ${applied.join(', ')}` : '  database schema is up to date');
    }
    if (command === 'seed-if-empty') {
      const [{ n }] = (await handle.executor.query<{ n: number }>('select count(*)::int as n from auth.users')) as [{ n: number }];
      if (n === 0) {
        await handle.executor.transaction(async (tx) => tx.exec(await readFile(path.join(process.cwd(), 'supabase', 'seed.sql'), 'utf8')));
        console.log('  seeded demo accounts');
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
