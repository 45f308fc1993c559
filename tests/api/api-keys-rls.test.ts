import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { createApiKey } from '@/modules/api/create-api-key';
import { listApiKeys } from '@/modules/api/list-api-keys';
import { revokeApiKey } from '@/modules/api/revoke-api-key';
import { createProject } from '@/modules/projects/create-project';
import { claimsFor, createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { auditSince, expectAppError, maxAuditId, outcomeOf, rowsOf, snapshot } from '@tests/helpers/rls-matrix';

// public.api_keys on the real engine: the owner reads and revokes their own keys, nobody else
// sees or changes them — also with UPDATE/DELETE statements that have no WHERE clause — the
// secret's hash is readable by no API role, a revoked key stays revoked, and creating and
// revoking are in the audit log.

let handle: DbHandle;
let a: TestUser;
let b: TestUser;
let keyA: string;
let keyB: string;
beforeAll(async () => {
  handle = await createTestDb();
  a = await createTestUser(handle);
  b = await createTestUser(handle);
  keyA = (await createApiKey(a.claims, { name: 'A', scopes: ['read'], expiresInDays: null })).id;
  keyB = (await createApiKey(b.claims, { name: 'B', scopes: ['leads'], expiresInDays: 90 })).id;
});
afterAll(async () => {
  await handle.close();
});

const allKeys = () => snapshot(handle, 'select * from public.api_keys');

describe('api_keys', () => {
  it('each owner lists only their own keys', async () => {
    expect((await listApiKeys(a.claims)).map((k) => k.id)).toEqual([keyA]);
    expect((await listApiKeys(b.claims)).map((k) => k.id)).toEqual([keyB]);
    const seenByA = rowsOf<{ id: string }>(await withRls(a.claims, (tx) => tx.execute(sql`select id from public.api_keys`)));
    expect(seenByA.map((r) => r.id)).toEqual([keyA]);
    await expectAppError(
      withRls(a.claims, (tx) => tx.execute(sql`select secret_hash from public.api_keys`)),
      'FORBIDDEN',
    );
    await expectAppError(
      withRls(null, (tx) => tx.execute(sql`select id from public.api_keys`)),
      'FORBIDDEN',
    );
  });

  it('another tenant and a visitor change nothing — also without a WHERE clause', async () => {
    const before = await allKeys();
    for (const claims of [b.claims, null]) {
      const updateAll = await outcomeOf(
        async () => rowsOf(await withRls(claims, (tx) => tx.execute(sql`update public.api_keys set revoked_at = now()`))).length,
      );
      const deleteAll = await outcomeOf(
        async () => rowsOf(await withRls(claims, (tx) => tx.execute(sql`delete from public.api_keys`))).length,
      );
      const widen = await outcomeOf(
        async () => rowsOf(await withRls(claims, (tx) => tx.execute(sql`update public.api_keys set scopes = array['agency']`))).length,
      );
      // B's own key would be revoked by the unfiltered UPDATE, so B's probe runs in a rolled-back look:
      // what matters is that A's row is untouched; nobody has DELETE or a scopes grant.
      expect(deleteAll, 'delete without WHERE').toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
      expect(widen, 'update scopes').toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
      if (claims === null) expect(updateAll, 'visitor update').toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
      const [rowA] = await handle.executor.query<{ revoked_at: string | null }>('select revoked_at from public.api_keys where id = $1', [
        keyA,
      ]);
      expect(rowA!.revoked_at, "A's key after B's unfiltered UPDATE").toBeNull();
    }
    // B revoked only B's own key.
    const after = (await allKeys()) as { id: string }[];
    expect(after.map((r) => r.id).sort()).toEqual((before as { id: string }[]).map((r) => r.id).sort());
    await expectAppError(revokeApiKey(b.claims, { keyId: keyA }), 'NOT_FOUND');
    await expectAppError(
      withRls(b.claims, (tx) =>
        tx.execute(
          sql`insert into public.api_keys (owner_id, name, prefix, secret_hash, scopes) values (${a.id}, 'x', 'pm_live_abcdefgh', ${'0'.repeat(64)}, array['read'])`,
        ),
      ),
      'FORBIDDEN',
    );
  });

  it('a revoked key stays revoked; revocation time is the database’s; create and revoke are audited', async () => {
    const since = await maxAuditId(handle);
    const created = await createApiKey(a.claims, { name: 'To revoke', scopes: ['read', 'leads'], expiresInDays: 30 });
    await revokeApiKey(a.claims, { keyId: created.id });
    const unrevoke = await outcomeOf(
      async () =>
        rowsOf(await withRls(a.claims, (tx) => tx.execute(sql`update public.api_keys set revoked_at = null where id = ${created.id}`)))
          .length,
    );
    expect(unrevoke).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
    const audit = await auditSince(handle, since);
    expect(audit.map((r) => [r.action, r.actor_id, r.subject_id])).toEqual([
      ['api_keys.insert', a.id, a.id],
      ['api_keys.update', a.id, a.id],
    ]);
    expect(audit[1]!.details).toMatchObject({ event: 'revoked', impersonating: false, project_id: null });
    expect(audit[0]!.details).toMatchObject({
      event: 'created',
      name: 'To revoke',
      prefix: created.prefix,
      scopes: ['read', 'leads'],
      project_id: null,
    });
    expect(JSON.stringify(audit)).not.toContain(created.key);
  });

  it('the audit lines of a key restricted to one project name that project, on creation and on revocation', async () => {
    const project = await createProject(a.claims, { name: 'Audited site' });
    const since = await maxAuditId(handle);
    const created = await createApiKey(a.claims, { name: 'One site', scopes: ['leads'], expiresInDays: null, projectId: project.id });
    await revokeApiKey(a.claims, { keyId: created.id });
    const audit = (await auditSince(handle, since)).filter((r) => r.target_id === created.id);
    expect(audit.map((r) => [r.action, r.details])).toEqual([
      ['api_keys.insert', expect.objectContaining({ event: 'created', project_id: project.id })],
      ['api_keys.update', expect.objectContaining({ event: 'revoked', project_id: project.id })],
    ]);
  });

  it('an admin acting as a client may revoke the client’s key (audited with the admin as actor), not create one', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const acting = claimsFor(a.id, a.email, { sub: admin.id, email: admin.email });
    await expectAppError(createApiKey(acting, { name: 'x', scopes: ['read'], expiresInDays: null }), 'FORBIDDEN');
    const since = await maxAuditId(handle);
    await revokeApiKey(acting, { keyId: keyA });
    expect((await auditSince(handle, since)).map((r) => [r.action, r.actor_id, r.subject_id])).toEqual([
      ['api_keys.update', admin.id, a.id],
    ]);
  });
});
