import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { findAccountsWithPublishedPasswords, seedDemoIfEmpty } from '@/lib/auth/demo-accounts';
import { createTestDb, createMigratedTestDb } from '@tests/helpers/test-db';
import { MemoryCookieJar } from './memory-jar';

// The demo accounts' password is printed in the README. It opens the embedded database on a
// laptop and nothing on a real one (DATABASE_URL): no admin is seeded with it, sign-in, sign-up
// and password changes refuse it, and a start on such a database is refused.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});
afterEach(() => {
  delete process.env.DATABASE_URL;
  delete process.env.SEED_DEMO;
  resetEnvCache();
});

function asRealDatabase(seedDemo = false) {
  // Only the flag matters to the code under test: queries still go to the test database.
  process.env.DATABASE_URL = 'postgres://somewhere.example/production';
  if (seedDemo) process.env.SEED_DEMO = '1';
  resetEnvCache();
}

describe('demo accounts', () => {
  it('are seeded into an empty database; on a real one the admin gets no password', async () => {
    const real = await createMigratedTestDb('');
    try {
      expect(await seedDemoIfEmpty(real.executor, { isRealDatabase: true })).toBe(true);
      expect(await seedDemoIfEmpty(real.executor, { isRealDatabase: true })).toBe(false); // not twice
      const rows = await real.executor.query<{ email: string; has_password: boolean }>(
        'select email, encrypted_password is not null as has_password from auth.users order by email',
      );
      expect(rows).toContainEqual({ email: 'admin@pagemagic.local', has_password: false });
      expect(rows).toContainEqual({ email: 'pro@pagemagic.local', has_password: true });
      expect(await findAccountsWithPublishedPasswords(real.executor)).toEqual(['free@pagemagic.local', 'pro@pagemagic.local']);
      await real.executor.query(`update auth.users set encrypted_password = null where email like '%@pagemagic.local'`);
      expect(await findAccountsWithPublishedPasswords(real.executor)).toEqual([]);
    } finally {
      await real.close();
    }
  });

  it('finds an admin whose password is the published one (the start check refuses it)', async () => {
    const db = await createMigratedTestDb('');
    try {
      await seedDemoIfEmpty(db.executor, { isRealDatabase: false });
      expect(await findAccountsWithPublishedPasswords(db.executor)).toContain('admin@pagemagic.local');
    } finally {
      await db.close();
    }
  });

  it('the published password signs in on the embedded database only (or an explicit demo deployment)', async () => {
    const auth = createLocalAuthAdapter();
    await seedDemoIfEmpty(handle.executor, { isRealDatabase: false });
    await auth.signInWithPassword(new MemoryCookieJar(), { email: 'pro@pagemagic.local', password: 'pagemagic-demo' });
    asRealDatabase();
    await expect(
      auth.signInWithPassword(new MemoryCookieJar(), { email: 'pro@pagemagic.local', password: 'pagemagic-demo' }),
    ).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(
      auth.signUp(new MemoryCookieJar(), { email: `new-${Date.now()}@example.com`, password: 'pagemagic-demo', locale: 'en' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    asRealDatabase(true);
    await auth.signInWithPassword(new MemoryCookieJar(), { email: 'pro@pagemagic.local', password: 'pagemagic-demo' });
  });
});
