import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { getLegalText } from '@/modules/legal/get-legal-text';
import { listLegalTexts } from '@/modules/legal/list-legal-texts';
import { resetLegalText } from '@/modules/legal/reset-legal-text';
import { saveLegalText } from '@/modules/legal/save-legal-text';
import { claimsFor, createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { auditSince, expectAppError, maxAuditId, outcomeOf, rowsOf, snapshot } from '@tests/helpers/rls-matrix';

// The agency's terms and privacy texts (public.legal_texts), on the real engine: everyone reads,
// only an agency admin (second factor passed) writes; a client cannot change or remove a text,
// not even with UPDATE/DELETE statements that have no WHERE clause; admin writes are audited.

let handle: DbHandle;
let admin: TestUser;
let client: TestUser;
beforeAll(async () => {
  handle = await createTestDb();
  admin = await createTestUser(handle, { userType: 'admin' });
  client = await createTestUser(handle);
});
afterAll(async () => {
  await handle.close();
});

const allTexts = () => snapshot(handle, 'select page, locale, body, updated_by, updated_at from public.legal_texts');

describe('legal texts', () => {
  it('shows nothing saved at first (the page uses its built-in text)', async () => {
    expect(await getLegalText('terms', 'pt-BR')).toBeNull();
  });

  it('an admin saves one text per page and language; visitors read it, with its date and author stamped by the database', async () => {
    const auditBefore = await maxAuditId(handle);
    const saved = await saveLegalText(admin.claims, { page: 'terms', locale: 'pt-BR', body: '## Termos\n\nTexto da agência.' });
    expect(saved).toMatchObject({ page: 'terms', locale: 'pt-BR' });
    const read = await getLegalText('terms', 'pt-BR');
    expect(read?.body).toBe('## Termos\n\nTexto da agência.');
    // No fallback across languages: pt-PT and the privacy page stay built-in.
    expect(await getLegalText('terms', 'pt-PT')).toBeNull();
    expect(await getLegalText('privacy', 'pt-BR')).toBeNull();

    await saveLegalText(admin.claims, { page: 'terms', locale: 'pt-BR', body: 'Versão 2' });
    expect((await getLegalText('terms', 'pt-BR'))?.body).toBe('Versão 2');
    expect(await snapshot(handle, `select updated_by::text from public.legal_texts where page = 'terms' and locale = 'pt-BR'`)).toEqual([
      { updated_by: admin.id },
    ]);
    const audit = await auditSince(handle, auditBefore);
    expect(audit.map((row) => [row.action, row.actor_id])).toEqual([
      ['legal_texts.insert', admin.id],
      ['legal_texts.update', admin.id],
    ]);
    expect((await listLegalTexts(admin.claims)).map((text) => `${text.page}:${text.locale}`)).toEqual(['terms:pt-BR']);
  });

  it('the caller cannot forge the date or the author', async () => {
    await saveLegalText(admin.claims, { page: 'privacy', locale: 'en', body: 'Privacy' });
    await withRls(admin.claims, (tx) =>
      tx.execute(sql`update public.legal_texts set body = 'Privacy 2' where page = 'privacy' and locale = 'en'`),
    );
    const outcome = await outcomeOf(
      async () =>
        rowsOf(await withRls(admin.claims, (tx) => tx.execute(sql`update public.legal_texts set updated_at = '2000-01-01' returning id`)))
          .length,
    );
    expect(outcome).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
  });

  it('a client, an admin acting as a client, and a visitor change nothing — also without a WHERE clause', async () => {
    await saveLegalText(admin.claims, { page: 'privacy', locale: 'pt-PT', body: 'Privacidade' });
    const before = await allTexts();
    expect(before.length).toBeGreaterThan(0);
    const actingAsClient = claimsFor(client.id, client.email, { sub: admin.id, email: admin.email });
    for (const claims of [client.claims, actingAsClient, null]) {
      await expectAppError(
        saveLegalText(claims ?? client.claims, { page: 'terms', locale: 'en', body: 'Hijacked' }),
        claims === actingAsClient ? 'FORBIDDEN' : 'NOT_FOUND',
      );
      const updateAll = await outcomeOf(
        async () =>
          rowsOf(await withRls(claims, (tx) => tx.execute(sql`update public.legal_texts set body = 'Hijacked' returning id`))).length,
      );
      const deleteAll = await outcomeOf(
        async () => rowsOf(await withRls(claims, (tx) => tx.execute(sql`delete from public.legal_texts returning id`))).length,
      );
      const insert = await outcomeOf(
        async () =>
          rowsOf(
            await withRls(claims, (tx) =>
              tx.execute(sql`insert into public.legal_texts (page, locale, body) values ('terms', 'en', 'Hijacked') returning id`),
            ),
          ).length,
      );
      // A signed-in client has the grants but no policy: 0 rows. A visitor has no write grant at all.
      const expected = claims ? { kind: 'ok', count: 0 } : { kind: 'error', code: 'FORBIDDEN' };
      expect(updateAll, 'update without WHERE').toMatchObject(expected);
      expect(deleteAll, 'delete without WHERE').toMatchObject(expected);
      expect(insert, 'insert').toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
      expect(await allTexts()).toEqual(before);
    }
    // Everyone reads, the visitor too.
    expect(rowsOf(await withRls(null, (tx) => tx.execute(sql`select id from public.legal_texts`))).length).toBe(before.length);
    expect(rowsOf(await withRls(client.claims, (tx) => tx.execute(sql`select id from public.legal_texts`))).length).toBe(before.length);
  });

  it('an admin without the second factor is not an admin here', async () => {
    const oneFactor = claimsFor(admin.id, admin.email, undefined, 'aal1');
    const before = await allTexts();
    const outcome = await outcomeOf(
      async () => rowsOf(await withRls(oneFactor, (tx) => tx.execute(sql`update public.legal_texts set body = 'x' returning id`))).length,
    );
    expect(outcome).toMatchObject({ kind: 'ok', count: 0 });
    expect(await allTexts()).toEqual(before);
  });

  it('refuses an unknown page or language and an empty text, in the database too', async () => {
    for (const values of [sql`('about', 'en', 'x')`, sql`('terms', 'pt', 'x')`, sql`('terms', 'en', '   ')`]) {
      const outcome = await outcomeOf(
        async () =>
          rowsOf(
            await withRls(admin.claims, (tx) =>
              tx.execute(sql`insert into public.legal_texts (page, locale, body) values ${values} returning id`),
            ),
          ).length,
      );
      expect(outcome.kind).toBe('error');
    }
  });

  it('reset removes the saved text: the page is back to its built-in text', async () => {
    await saveLegalText(admin.claims, { page: 'terms', locale: 'en', body: 'Agency terms' });
    await expectAppError(resetLegalText(client.claims, { page: 'terms', locale: 'en' }), 'NOT_FOUND');
    expect((await getLegalText('terms', 'en'))?.body).toBe('Agency terms');
    await resetLegalText(admin.claims, { page: 'terms', locale: 'en' });
    expect(await getLegalText('terms', 'en')).toBeNull();
  });
});
