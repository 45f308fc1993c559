import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Applies supabase/migrations/*.sql in name order, each in its own
 * transaction, recording them in supabase_migrations.schema_migrations — the
 * same table the Supabase CLI uses, so a database can move between this
 * runner (embedded, tests, `npm run db:migrate`) and `supabase db push`.
 */
export type MigrationExecutor = {
  /** Runs a multi-statement SQL script with no parameters. */
  exec(sqlText: string): Promise<void>;
  /** Runs one parameterised query and returns its rows. */
  query<T extends Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` inside one transaction. */
  transaction(fn: (tx: Omit<MigrationExecutor, 'transaction'>) => Promise<void>): Promise<void>;
};

export function migrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'supabase', 'migrations');
}

export async function listMigrations(dir = migrationsDir()): Promise<Array<{ version: string; name: string; file: string }>> {
  const files = (await readdir(/*turbopackIgnore: true*/ dir)).filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return files.map((file) => {
    const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
    return { version: version as string, name: rest.join('_'), file: path.join(dir, file) };
  });
}

export async function applyMigrations(db: MigrationExecutor, dir = migrationsDir()): Promise<string[]> {
  await db.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key,
      statements text[],
      name text
    );
  `);
  const applied = new Set(
    (await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).map((r) => r.version),
  );
  const done: string[] = [];
  for (const migration of await listMigrations(dir)) {
    if (applied.has(migration.version)) continue;
    const sqlText = await readFile(/*turbopackIgnore: true*/ migration.file, 'utf8');
    await db.transaction(async (tx) => {
      await tx.exec(sqlText);
      await tx.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        [sqlText],
      ]);
    });
    done.push(`${migration.version}_${migration.name}`);
  }
  return done;
}
