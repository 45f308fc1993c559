import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, PUBLISHED_PASSWORDS } from '@/lib/auth/password';
import type { DbHandle } from '@/lib/db/client';
import { createMigratedTestDb } from '@tests/helpers/test-db';

// The start path itself (scripts/db.ts, as `npm start` runs it) on a real database: no demo
// accounts unless SEED_DEMO=1 says it is a demo deployment, and a start is refused (exit 1)
// while any admin or demo account opens with a password the README publishes. It needs a
// database server the script can connect to, so it runs on PostgreSQL (TEST_DATABASE_URL, as CI
// does) and is reported as skipped, with the reason in its name, on PGlite.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const handles: DbHandle[] = [];
afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
});

const repo = path.resolve(__dirname, '..', '..');

function dbScript(command: string, url: string, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, ...extra };
  if (!('SEED_DEMO' in extra)) delete env.SEED_DEMO;
  const run = spawnSync(process.execPath, [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/db.ts', command], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

async function realDatabase(): Promise<DbHandle & { url: string }> {
  const handle = await createMigratedTestDb('');
  handles.push(handle);
  if (!handle.url) throw new Error('a PostgreSQL test database has a URL');
  return handle as DbHandle & { url: string };
}

const name = (text: string) => (onPostgres ? text : `${text} [needs PostgreSQL: set TEST_DATABASE_URL]`);

describe('scripts/db.ts on a real database', () => {
  it.skipIf(!onPostgres)(
    name('seeds no demo accounts unless SEED_DEMO=1, and then the admin has no password'),
    async () => {
      const db = await realDatabase();
      const plain = dbScript('seed-if-empty', db.url);
      expect(plain.status).toBe(0);
      expect(plain.out).toContain('no demo accounts on a real database');
      expect((await db.executor.query<{ n: number }>('select count(*)::int as n from auth.users'))[0]?.n).toBe(0);

      const demo = dbScript('seed-if-empty', db.url, { SEED_DEMO: '1' });
      expect(demo.status).toBe(0);
      const admins = await db.executor.query<{ has_password: boolean }>(
        `select u.encrypted_password is not null as has_password from auth.users u join public.user_profiles p on p.id = u.id where p.user_type = 'admin'`,
      );
      expect(admins.length).toBeGreaterThan(0);
      expect(admins.every((admin) => !admin.has_password)).toBe(true);
      // A demo deployment may start; the same database without the flag may not (its demo clients
      // open with the published password).
      expect(dbScript('check-published-passwords', db.url, { SEED_DEMO: '1' }).status).toBe(0);
      const refused = dbScript('check-published-passwords', db.url);
      expect(refused.status).toBe(1);
      expect(refused.out).toContain('use a password published in the README');
    },
    120_000,
  );

  it.skipIf(!onPostgres)(
    name('refuses to start while an admin opens with a published password, and starts once it is changed'),
    async () => {
      const db = await realDatabase();
      const admin = '00000000-0000-4000-8000-00000000b001';
      await db.executor.query(`insert into auth.users (id, email, encrypted_password) values ($1, 'boss@agency.example', $2)`, [
        admin,
        await hashPassword(PUBLISHED_PASSWORDS[0]!),
      ]);
      await db.executor.query(`update public.user_profiles set user_type = 'admin' where id = $1`, [admin]);
      const refused = dbScript('check-published-passwords', db.url);
      expect(refused.status).toBe(1);
      expect(refused.out).toContain('boss@agency.example');

      await db.executor.query('update auth.users set encrypted_password = $2 where id = $1', [
        admin,
        await hashPassword('a long private passphrase'),
      ]);
      expect(dbScript('check-published-passwords', db.url).status).toBe(0);
    },
    120_000,
  );
});
