import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import type { VerifiedClaims } from '@/lib/claims';
import type { DbHandle } from '@/lib/db/client';
import { claimsFor, createTestUser } from '@tests/helpers/test-db';
import { auditSince, createTestDbFast, expectAppError, maxAuditId, rowsOf, snapshot } from '@tests/helpers/rls-matrix';

/**
 * Impersonation sessions: only an active agency admin starts one, only for a
 * client account, for at most one hour; start and stop land in audit_log
 * (written by trigger, so no code path can skip them); an ended session is
 * frozen.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDbFast();
});
afterAll(async () => {
  await handle.close();
});

type Session = {
  id: string;
  admin_id: string;
  client_id: string;
  reason: string | null;
  started_at: string;
  expires_at: string;
  ended_at: string | null;
};

function start(claims: VerifiedClaims | null, clientId: string, extra: { expiresAt?: Date; reason?: string } = {}): Promise<Session> {
  const expires = extra.expiresAt ? sql`${extra.expiresAt.toISOString()}::timestamptz` : sql`default`;
  return withRls(
    claims,
    async (tx) =>
      rowsOf<Session>(
        await tx.execute(sql`
          insert into public.impersonation_sessions (client_id, reason, expires_at)
          values (${clientId}, ${extra.reason ?? 'support ticket #42'}, ${expires})
          returning id::text, admin_id::text, client_id::text, reason, started_at::text, expires_at::text, ended_at::text`),
      )[0]!,
    handle.db,
  );
}

function end(claims: VerifiedClaims, sessionId: string): Promise<number> {
  return withRls(
    claims,
    async (tx) =>
      rowsOf(await tx.execute(sql`update public.impersonation_sessions set ended_at = now() where id = ${sessionId} returning id`)).length,
    handle.db,
  );
}

async function sessionsFor(clientId: string): Promise<unknown[]> {
  return snapshot(handle, 'select * from public.impersonation_sessions where client_id = $1', [clientId]);
}

describe('starting impersonation', () => {
  it('an admin starts a session for a client; impersonation.start is audited', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const auditBefore = await maxAuditId(handle);

    const session = await start(admin.claims, client.id, { reason: 'customer asked for help' });

    expect(session).toMatchObject({ admin_id: admin.id, client_id: client.id, reason: 'customer asked for help', ended_at: null });
    const [{ seconds }] = (await handle.executor.query<{ seconds: number }>(
      'select extract(epoch from expires_at - started_at)::int as seconds from public.impersonation_sessions where id = $1',
      [session.id],
    )) as [{ seconds: number }];
    expect(seconds).toBe(3600); // the default is the maximum: one hour

    const audit = await auditSince(handle, auditBefore);
    expect(audit).toEqual([
      expect.objectContaining({ actor_id: admin.id, subject_id: client.id, action: 'impersonation.start', target_id: session.id }),
    ]);
    expect(audit[0]!.details).toMatchObject({ reason: 'customer asked for help' });

    // The client can read that an admin started acting on their behalf, but not the session itself.
    const clientView = await withRls(
      client.claims,
      async (tx) => ({
        audit: rowsOf<{ action: string }>(await tx.execute(sql`select action from public.audit_log where target_id = ${session.id}`)),
        sessions: rowsOf(await tx.execute(sql`select id from public.impersonation_sessions`)),
      }),
      handle.db,
    );
    expect(clientView).toEqual({ audit: [{ action: 'impersonation.start' }], sessions: [] });
  });

  it('an admin may pick a shorter expiry (under an hour)', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const session = await start(admin.claims, client.id, { expiresAt: new Date(Date.now() + 15 * 60_000) });
    expect(new Date(session.expires_at).getTime()).toBeLessThan(Date.now() + 16 * 60_000);
  });

  it('a client cannot start one (not for someone else, not for themselves); nothing is written', async () => {
    const client = await createTestUser(handle);
    const other = await createTestUser(handle);
    const auditBefore = await maxAuditId(handle);
    await expectAppError(start(client.claims, other.id), 'FORBIDDEN');
    await expectAppError(start(client.claims, client.id), 'FORBIDDEN');
    expect(await sessionsFor(other.id)).toEqual([]);
    expect(await sessionsFor(client.id)).toEqual([]);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });

  it('anonymous visitors and developers cannot start one', async () => {
    const developer = await createTestUser(handle, { userType: 'developer' });
    const client = await createTestUser(handle);
    await expectAppError(start(null, client.id), 'FORBIDDEN');
    await expectAppError(start(developer.claims, client.id), 'FORBIDDEN');
    expect(await sessionsFor(client.id)).toEqual([]);
  });

  it('an admin who is impersonating is the client for RLS and cannot start a nested session', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const other = await createTestUser(handle);
    await expectAppError(start(claimsFor(client.id, client.email, { sub: admin.id }), other.id), 'FORBIDDEN');
    expect(await sessionsFor(other.id)).toEqual([]);
  });

  it('a suspended admin cannot start one', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [admin.id]);
    await expectAppError(start(admin.claims, client.id), 'FORBIDDEN');
    expect(await sessionsFor(client.id)).toEqual([]);
  });

  it('an admin cannot impersonate another admin, a developer or themselves', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const otherAdmin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const auditBefore = await maxAuditId(handle);
    await expectAppError(start(admin.claims, otherAdmin.id), 'FORBIDDEN');
    await expectAppError(start(admin.claims, developer.id), 'FORBIDDEN');
    await expectAppError(start(admin.claims, admin.id), 'FORBIDDEN');
    for (const id of [otherAdmin.id, developer.id, admin.id]) expect(await sessionsFor(id)).toEqual([]);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });

  it('expires_at cannot exceed one hour: a longer request is clamped to one hour on the database clock', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    for (const minutes of [61, 24 * 60]) {
      const session = await start(admin.claims, client.id, { expiresAt: new Date(Date.now() + minutes * 60_000) });
      const [row] = await handle.executor.query<{ seconds: number }>(
        'select extract(epoch from expires_at - started_at)::int as seconds from public.impersonation_sessions where id = $1',
        [session.id],
      );
      expect(row!.seconds).toBe(3600);
    }
    // Whatever the path, no session anywhere lasts longer than an hour.
    const [longest] = await handle.executor.query<{ n: number }>(
      `select count(*)::int as n from public.impersonation_sessions where expires_at > started_at + interval '1 hour'`,
    );
    expect(longest!.n).toBe(0);
  });

  it('expires_at in the past is refused (VALIDATION); nothing is written', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const auditBefore = await maxAuditId(handle);
    await expectAppError(start(admin.claims, client.id, { expiresAt: new Date(Date.now() - 60_000) }), 'VALIDATION');
    expect(await sessionsFor(client.id)).toEqual([]);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });

  it('started_at and ended_at are the server’s, whatever the admin sends', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const [row] = await withRls(
      admin.claims,
      async (tx) =>
        rowsOf<{ started_ago: number; ended_at: string | null }>(
          await tx.execute(sql`
            insert into public.impersonation_sessions (client_id, started_at, ended_at, expires_at)
            values (${client.id}, now() + interval '5 hours', now() - interval '1 day', now() + interval '5 hours')
            returning extract(epoch from now() - started_at)::int as started_ago, ended_at::text`),
        ),
      handle.db,
    );
    expect(row).toEqual({ started_ago: 0, ended_at: null });
  });

  it('an admin cannot start a session in another admin’s name', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const otherAdmin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    // The insert policy requires admin_id = auth.uid().
    await expectAppError(
      withRls(
        admin.claims,
        (tx) => tx.execute(sql`insert into public.impersonation_sessions (admin_id, client_id) values (${otherAdmin.id}, ${client.id})`),
        handle.db,
      ),
      'FORBIDDEN',
    );
    expect(await sessionsFor(client.id)).toEqual([]);
  });
});

describe('ending impersonation', () => {
  it('ending writes impersonation.stop; an ended session cannot be modified again', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const session = await start(admin.claims, client.id);
    const auditBefore = await maxAuditId(handle);

    expect(await end(admin.claims, session.id)).toBe(1);
    const audit = await auditSince(handle, auditBefore);
    expect(audit).toEqual([
      expect.objectContaining({ actor_id: admin.id, subject_id: client.id, action: 'impersonation.stop', target_id: session.id }),
    ]);
    const ended = await snapshot(handle, 'select * from public.impersonation_sessions where id = $1', [session.id]);
    expect((ended[0] as Session).ended_at).not.toBeNull();

    // Not by the admin who ran it, not with another value, not by the privileged connection.
    await expectAppError(end(admin.claims, session.id), 'FORBIDDEN');
    await expectAppError(
      withRls(
        admin.claims,
        (tx) => tx.execute(sql`update public.impersonation_sessions set ended_at = null where id = ${session.id}`),
        handle.db,
      ),
      'FORBIDDEN',
    );
    await expect(
      handle.executor.query(`update public.impersonation_sessions set expires_at = started_at + interval '30 minutes' where id = $1`, [
        session.id,
      ]),
    ).rejects.toMatchObject({ code: '42501' });
    expect(await snapshot(handle, 'select * from public.impersonation_sessions where id = $1', [session.id])).toEqual(ended);
    expect(await auditSince(handle, auditBefore)).toHaveLength(1);
  });

  it('only the admin who started a session ends it; clients and other admins change nothing', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const otherAdmin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const session = await start(admin.claims, client.id);
    const before = await sessionsFor(client.id);
    const auditBefore = await maxAuditId(handle);

    expect(await end(otherAdmin.claims, session.id)).toBe(0);
    expect(await end(client.claims, session.id)).toBe(0);
    expect(await end(claimsFor(client.id, client.email, { sub: admin.id }), session.id)).toBe(0);

    expect(await sessionsFor(client.id)).toEqual(before);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });

  it('a session cannot be deleted to hide it, even by its admin', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const session = await start(admin.claims, client.id);
    await expectAppError(
      withRls(admin.claims, (tx) => tx.execute(sql`delete from public.impersonation_sessions where id = ${session.id}`), handle.db),
      'FORBIDDEN',
    );
    expect(await sessionsFor(client.id)).toHaveLength(1);
  });

  it('an admin can change nothing but ended_at (no extending a session)', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const session = await start(admin.claims, client.id, { expiresAt: new Date(Date.now() + 10 * 60_000) });
    const before = await sessionsFor(client.id);
    for (const assignment of [
      sql`expires_at = now() + interval '1 hour'`,
      sql`started_at = now()`,
      sql`client_id = ${admin.id}`,
      sql`reason = 'rewritten'`,
    ]) {
      await expectAppError(
        withRls(
          admin.claims,
          (tx) => tx.execute(sql`update public.impersonation_sessions set ${assignment} where id = ${session.id}`),
          handle.db,
        ),
        'FORBIDDEN',
      );
    }
    expect(await sessionsFor(client.id)).toEqual(before);
  });
});
