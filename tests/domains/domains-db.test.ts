import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { isAppError } from '@/lib/errors';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { listDomains } from '@/modules/domains/list-domains';
import { removeDomain } from '@/modules/domains/remove-domain';
import { setPrimaryDomain } from '@/modules/domains/set-primary-domain';
import { domains } from '@/modules/domains/schema';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { barrier, rowsOf } from '@tests/helpers/rls-matrix';

// The domains table: what a client may add (their tier's number of domains, enforced by the
// database under concurrency), see and change, and what only system code writes.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (err: unknown) => (isAppError(err) ? err.code : `not an AppError: ${String(err)}`),
  );

let seq = 0;
const unique = (base: string) => `${base}-${Date.now().toString(36)}${++seq}.com.br`;

async function ownerWithProject(tier: 'free' | 'basic' | 'pro' | 'enterprise' = 'pro') {
  const user = await createTestUser(handle, { tier });
  const project = await createProject(user.claims, { name: 'Padaria' });
  return { user, project };
}

describe('adding a domain', () => {
  it('stores the punycode name and the Unicode display name, waiting, with a token of its own', async () => {
    const { user, project } = await ownerWithProject();
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: `  PÃO-${++seq}.com.br. ` });
    expect(row!.name).toMatch(/^xn--/);
    expect(row!.displayName).toBe(`pão-${seq}.com.br`);
    expect(row).toMatchObject({ status: 'waiting', isApex: true, isPrimary: true, projectId: project.id, ownerId: user.id });
    expect(row!.verificationToken).toMatch(/^[0-9a-f]{32}$/);
    expect(row!.verificationToken).not.toBe('0'.repeat(32));
    const history = (await listDomains(user.claims))[0]!.history;
    expect(history.map((e) => e.kind)).toEqual(['added']);
  });

  it('adds an apex with its www in one go; the chosen one is primary', async () => {
    const { user, project } = await ownerWithProject();
    const apex = unique('pair');
    const rows = await addDomain(user.claims, { projectId: project.id, domain: apex, withWww: true, primary: 'www' });
    expect(rows.map((r) => [r.name, r.isApex, r.isPrimary])).toEqual([
      [apex, true, false],
      [`www.${apex}`, false, true],
    ]);
    await setPrimaryDomain(user.claims, { domainId: rows[0]!.id });
    const after = await listDomains(user.claims, { projectId: project.id });
    expect(after.filter((d) => d.isPrimary).map((d) => d.name)).toEqual([apex]);
  });

  it('refuses the same name twice in a project (CONFLICT), and someone else’s project (NOT_FOUND)', async () => {
    const { user, project } = await ownerWithProject();
    const other = await createTestUser(handle, { tier: 'pro' });
    const name = unique('twice');
    await addDomain(user.claims, { projectId: project.id, domain: name });
    expect(await codeOf(addDomain(user.claims, { projectId: project.id, domain: name.toUpperCase() }))).toBe('CONFLICT');
    expect(await codeOf(addDomain(other.claims, { projectId: project.id, domain: unique('intruder') }))).toBe('NOT_FOUND');
    expect((await listDomains(user.claims)).map((d) => d.name)).toEqual([name]);
  });

  it('stops at the tier’s limit (free: 1) with TIER_LIMIT; removing one makes room', async () => {
    const { user, project } = await ownerWithProject('free');
    const [first] = await addDomain(user.claims, { projectId: project.id, domain: unique('one') });
    const refused = await addDomain(user.claims, { projectId: project.id, domain: unique('two') }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('TIER_LIMIT');
    expect(isAppError(refused) && refused.details).toMatchObject({ resource: 'domains', limit: 1, tier: 'free' });
    // An apex with its www is two domains: both or neither.
    await removeDomain(user.claims, { domainId: first!.id });
    expect(await codeOf(addDomain(user.claims, { projectId: project.id, domain: unique('both'), withWww: true }))).toBe('TIER_LIMIT');
    expect(await listDomains(user.claims)).toEqual([]);
  });

  raceIt('N concurrent adds of the last allowed domain: exactly one succeeds', async () => {
    const { user, project } = await ownerWithProject('basic'); // 3 domains
    await addDomain(user.claims, { projectId: project.id, domain: unique('a') });
    await addDomain(user.claims, { projectId: project.id, domain: unique('b') });
    // Each transaction has started (and read the project's domains) before any inserts: without
    // the trigger's lock every one of them would count two domains and pass.
    const n = 6;
    const gate = barrier(n);
    const outcomes = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        codeOf(
          withRls(user.claims, async (tx) => {
            await tx.execute(sql`select count(*) from public.domains`);
            await gate.arrive();
            const name = unique(`race${i}`);
            await tx.insert(domains).values({
              projectId: project.id,
              ownerId: user.id,
              name,
              displayName: name,
              isApex: true,
              verificationToken: '0'.repeat(32),
            });
          }),
        ),
      ),
    );
    expect(gate.allArrived()).toBe(true);
    expect(outcomes.filter((o) => o === 'resolved')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'TIER_LIMIT')).toHaveLength(n - 1);
    expect(await listDomains(user.claims)).toHaveLength(3);
  });
});

describe('who sees and changes domains', () => {
  it('another tenant sees none of them nor their history, and cannot remove or re-prime one', async () => {
    const { user, project } = await ownerWithProject();
    const other = await createTestUser(handle, { tier: 'pro' });
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: unique('mine') });
    expect(await listDomains(other.claims)).toEqual([]);
    const seen = await withRls(other.claims, async (tx) => ({
      domains: rowsOf(await tx.execute(sql`select id from public.domains`)).length,
      events: rowsOf(await tx.execute(sql`select id from public.domain_events`)).length,
    }));
    expect(seen).toEqual({ domains: 0, events: 0 });
    expect(await codeOf(removeDomain(other.claims, { domainId: row!.id }))).toBe('NOT_FOUND');
    expect(await codeOf(setPrimaryDomain(other.claims, { domainId: row!.id }))).toBe('NOT_FOUND');
    const [after] = await listDomains(user.claims);
    expect(after).toMatchObject({ id: row!.id, isPrimary: true, status: 'waiting' });
  });

  it('an owner cannot set status, token or proofs (no grant), nor insert a proven domain', async () => {
    const { user, project } = await ownerWithProject();
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: unique('self') });
    const update = (column: string) =>
      codeOf(withRls(user.claims, (tx) => tx.execute(sql`update public.domains set ${sql.raw(column)} where id = ${row!.id}`)));
    expect(await update(`status = 'live'`)).toBe('FORBIDDEN');
    expect(await update(`verification_token = '${'a'.repeat(32)}'`)).toBe('FORBIDDEN');
    expect(await update(`verified_at = now()`)).toBe('FORBIDDEN');
    // Inserting with every column named: the trigger pins the server-side ones.
    const name = unique('forged');
    await withRls(user.claims, (tx) =>
      tx.insert(domains).values({
        projectId: project.id,
        ownerId: user.id,
        name,
        displayName: name,
        isApex: true,
        verificationToken: 'b'.repeat(32),
        status: 'live',
        verifiedAt: new Date(),
      }),
    );
    const forged = (await listDomains(user.claims)).find((d) => d.name === name)!;
    expect(forged).toMatchObject({ status: 'waiting', verifiedAt: null });
    expect(forged.verificationToken).not.toBe('b'.repeat(32));
  });

  it('an agency admin sees every domain and may remove one (audited)', async () => {
    const { user, project } = await ownerWithProject();
    const admin = await createTestUser(handle, { userType: 'admin' });
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: unique('admin') });
    expect((await listDomains(admin.claims)).map((d) => d.id)).toContain(row!.id);
    await removeDomain(admin.claims, { domainId: row!.id });
    expect(await listDomains(user.claims)).toEqual([]);
    const audit = rowsOf<{ action: string }>(
      await handle.db.execute(sql`select action from public.audit_log where target_id = ${row!.id} and actor_id = ${admin.id}`),
    );
    expect(audit.map((a) => a.action)).toEqual(['domains.delete']);
  });
});
