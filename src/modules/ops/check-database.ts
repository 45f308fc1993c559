import { listMigrations } from '@/lib/db/migrate';
import type { Env } from '@/lib/env';
import { describeFailure, ok, problem, skipped, warning, withTimeout, type CheckResult } from './doctor-check';
import { openDoctorDb, type DoctorDb } from './open-doctor-db';

export type CheckDatabaseOptions = {
  /** Opens a connection (default: the database port's postgres.js adapter, one connection). */
  open?: (url: string) => Promise<DoctorDb>;
  /** supabase/migrations by default. */
  migrationsDir?: string;
  timeoutMs?: number;
};

/**
 * DATABASE_URL answers, and every file in supabase/migrations is recorded as applied in
 * supabase_migrations.schema_migrations (the table `npm run db:migrate` and `supabase db push`
 * both write). Versions applied that no file has mean the code is older than the database.
 */
export async function checkDatabase(env: Pick<Env, 'DATABASE_URL'>, options: CheckDatabaseOptions = {}): Promise<CheckResult> {
  const name = 'database';
  if (!env.DATABASE_URL) return skipped(name, 'DATABASE_URL is not set: the embedded PGlite in DATA_DIR (it migrates itself at start)');
  const files = await listMigrations(options.migrationsDir);
  let db: DoctorDb | undefined;
  try {
    const opened = withTimeout((options.open ?? openDoctorDb)(env.DATABASE_URL), options.timeoutMs ?? 10_000, 'the database');
    db = await opened;
    const rows = await withTimeout(
      db.query<{ version: string }>('select version from supabase_migrations.schema_migrations'),
      options.timeoutMs ?? 10_000,
      'the database',
    ).catch((err: unknown) => {
      // No migrations table at all: nothing was ever applied.
      if (/schema_migrations|does not exist/.test(describeFailure(err))) return [];
      throw err;
    });
    const applied = new Set(rows.map((r) => r.version));
    const pending = files.filter((f) => !applied.has(f.version));
    const known = new Set(files.map((f) => f.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (pending.length) {
      const names = pending.map((f) => `${f.version}_${f.name}`);
      const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
      return problem(
        name,
        `reachable, but ${pending.length} of ${files.length} migrations are not applied (${shown}): run npm run db:migrate`,
      );
    }
    if (unknown.length) {
      return warning(
        name,
        `reachable and migrated, but it has migrations this checkout does not (${unknown.join(', ')}): is the code older than the database?`,
      );
    }
    return ok(name, `reachable, all ${files.length} migrations applied`);
  } catch (err) {
    return problem(name, `DATABASE_URL does not answer: ${describeFailure(err)}`);
  } finally {
    await db?.close().catch(() => {});
  }
}
