import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import { LOCALES } from '@/lib/i18n/translate';
import { createTestDb } from '@tests/helpers/test-db';

// The interface languages have one source in code (LOCALES) and one in SQL (private.is_ui_locale,
// which every locale column checks). They must say the same.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('UI locales in the database', () => {
  it('private.is_ui_locale accepts exactly LOCALES', async () => {
    const candidates = [...LOCALES, 'pt', 'pt-pt', 'es', 'en-US', 'fr', ''];
    const rows = await handle.executor.query<{ locale: string }>(
      'select l as locale from unnest($1::text[]) l where private.is_ui_locale(l)',
      [candidates],
    );
    expect(rows.map((r) => r.locale).sort()).toEqual([...LOCALES].sort());
  });

  it('a new user keeps the language chosen at sign-up, pt-PT included; anything else is English', async () => {
    for (const [chosen, stored] of [
      ['pt-PT', 'pt-PT'],
      ['pt-BR', 'pt-BR'],
      ['de', 'en'],
    ] as const) {
      const id = randomUUID();
      await handle.executor.query(`insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, $3::jsonb)`, [
        id,
        `locale-${id}@test.local`,
        JSON.stringify({ locale: chosen }),
      ]);
      const [row] = await handle.executor.query<{ locale: string }>('select locale from public.user_profiles where id = $1', [id]);
      expect(row?.locale, chosen).toBe(stored);
    }
  });

  it('refuses an unknown locale in every locale column', async () => {
    await expect(handle.executor.query(`update public.user_profiles set locale = 'pt' where true`)).rejects.toThrow();
  });
});
