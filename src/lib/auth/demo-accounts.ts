import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PUBLISHED_PASSWORDS, verifyPassword } from './password';
import { getAuthSecret } from './secret';
import { sealTotpSecret } from './totp';
import type { MigrationExecutor } from '@/lib/db/migrate';

const DEMO_ADMIN_ID = '00000000-0000-4000-8000-00000000a001';

/**
 * The demo admin's authenticator key, published like the demo password (README, start banner):
 * admins need a second factor (private.is_admin), and a demo must be usable without a phone.
 * Seeded only into the embedded database, never a real one.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'PAGEMAGICDEMOADMIN2FA234';

/**
 * Seeds the demo accounts (supabase/seed.sql) into a database with no users yet. On a real
 * database (a demo deployment, SEED_DEMO=1) the agency admin gets no password — magic link only:
 * an admin whose password is printed in our README must never exist where real clients are.
 * Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: MigrationExecutor, options: { isRealDatabase: boolean }): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from auth.users');
  if ((row?.n ?? 0) > 0) return false;
  const seed = await readFile(path.join(process.cwd(), 'supabase', 'seed.sql'), 'utf8');
  await db.transaction(async (tx) => {
    await tx.exec(seed);
    if (options.isRealDatabase) {
      await tx.query('update auth.users set encrypted_password = null where id = $1', [DEMO_ADMIN_ID]);
    } else {
      await tx.query(
        `insert into local_auth.mfa_factors (user_id, secret_sealed, status, verified_at) values ($1, $2, 'verified', now())`,
        [DEMO_ADMIN_ID, sealTotpSecret(DEMO_ADMIN_TOTP_SECRET, getAuthSecret())],
      );
    }
  });
  return true;
}

/**
 * Accounts that would open with a password we publish: admins (they can act as any client) and
 * the demo addresses. An scrypt check each, so not every account — sign-in refuses a published
 * password for everyone at run time (local adapter).
 */
export async function findAccountsWithPublishedPasswords(db: MigrationExecutor): Promise<string[]> {
  const rows = await db.query<{ email: string; encrypted_password: string }>(
    `select u.email, u.encrypted_password from auth.users u join public.user_profiles p on p.id = u.id
      where u.encrypted_password is not null and (p.user_type = 'admin' or u.email like '%@pagemagic.local')
      order by u.email`,
  );
  const exposed: string[] = [];
  for (const row of rows) {
    for (const password of PUBLISHED_PASSWORDS) {
      if (await verifyPassword(password, row.encrypted_password)) exposed.push(row.email);
    }
  }
  return exposed;
}
