import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { isAppError } from '@/lib/errors';
import { getUptimeSummary } from '@/modules/insights/get-uptime-summary';
import { recordUptimeCheck } from '@/modules/insights/unsafe-run-uptime-checks';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { rowsOf, snapshot } from '@tests/helpers/rls-matrix';

// Cross-tenant isolation of the uptime tables: a client reads only their own sites' monitors,
// checks, daily rollups and incidents (and getUptimeSummary under their RLS returns nothing of
// another client's site); nobody signed in writes, changes or deletes any of them; admins read all.

let handle: DbHandle;
let clientA: TestUser;
let clientB: TestUser;
let admin: TestUser;
let projectA: string;
let projectB: string;
const TABLES = ['uptime_monitors', 'uptime_checks', 'uptime_daily', 'uptime_incidents'] as const;
const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-12-01T00:00:00Z');

async function siteWithIncident(owner: TestUser): Promise<string> {
  const projectId = randomUUID();
  await handle.executor.query('insert into public.projects (id, name, slug, owner_id) values ($1, $2, $3, $4)', [
    projectId,
    'Site',
    `rls-${projectId.slice(0, 8)}`,
    owner.id,
  ]);
  const host = `rls-${projectId.slice(0, 8)}.example.test`;
  const at = (m: number) => new Date(Date.UTC(2026, 10, 10, 9, m));
  await recordUptimeCheck(handle.db, { projectId, host }, { at: at(0), isUp: false, cause: 'timeout', statusCode: null }, 10);
  await recordUptimeCheck(handle.db, { projectId, host }, { at: at(1), isUp: false, cause: 'timeout', statusCode: null }, 10);
  await recordUptimeCheck(handle.db, { projectId, host }, { at: at(2), isUp: true, cause: null, statusCode: 200 }, 10);
  await recordUptimeCheck(handle.db, { projectId, host }, { at: at(3), isUp: false, cause: 'timeout', statusCode: null }, 10);
  await recordUptimeCheck(handle.db, { projectId, host }, { at: at(4), isUp: false, cause: 'timeout', statusCode: null }, 10); // open again
  return projectId;
}

beforeAll(async () => {
  handle = await createTestDb();
  clientA = await createTestUser(handle, { tier: 'pro' });
  clientB = await createTestUser(handle, { tier: 'basic' });
  admin = await createTestUser(handle, { userType: 'admin' });
  projectA = await siteWithIncident(clientA);
  projectB = await siteWithIncident(clientB);
});
afterAll(async () => {
  await handle.close();
});

const projectsSeen = async (user: TestUser | null, table: string) =>
  withRls(user?.claims ?? null, async (tx) =>
    rowsOf<{ project_id: string }>(
      await tx.execute(sql`select distinct project_id::text from ${sql.identifier('public')}.${sql.identifier(table)}`),
    )
      .map((r) => r.project_id)
      .filter((id) => id === projectA || id === projectB)
      .sort(),
  );

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'ok';
  } catch (error) {
    return isAppError(error) ? error.code : 'RAW';
  }
}

describe('uptime tables: cross-tenant isolation', () => {
  it('each client reads only their own site’s rows; admins read both', async () => {
    for (const table of TABLES) {
      expect(await projectsSeen(clientA, table), table).toEqual([projectA]);
      expect(await projectsSeen(clientB, table), table).toEqual([projectB]);
      expect(await projectsSeen(admin, table), table).toEqual([projectA, projectB].sort());
    }
  });

  it('anonymous callers read nothing', async () => {
    for (const table of TABLES) expect(await codeOf(projectsSeen(null, table)), table).toBe('FORBIDDEN');
  });

  it('getUptimeSummary under a client’s RLS returns their site and nothing of another client’s', async () => {
    const seen = await withRls(clientB.claims, (tx) => getUptimeSummary(tx, { projectIds: [projectA, projectB], from, to }));
    expect([...seen.keys()]).toEqual([projectB]);
    expect(seen.get(projectB)).toMatchObject({ checks: 5, status: 'down' });
    expect(seen.get(projectB)!.uptimePercent).toBeCloseTo(20, 10);
    expect(seen.get(projectB)!.incidents).toHaveLength(2);
  });

  it('no client (nor an admin) inserts, changes or deletes uptime rows — their own or another’s — and the rows are unchanged', async () => {
    const before = await Promise.all(
      TABLES.map((t) => snapshot(handle, `select * from public.${t} where project_id in ($1, $2)`, [projectA, projectB])),
    );
    for (const user of [clientA, clientB, admin]) {
      for (const project of [projectA, projectB]) {
        const attempts = [
          sql`insert into public.uptime_checks (project_id, host, checked_at, is_up) values (${project}, 'x.test', now(), true)`,
          sql`insert into public.uptime_daily (project_id, host, day, checks) values (${project}, 'x.test', '2026-11-30', 100)`,
          sql`insert into public.uptime_incidents (project_id, host, opened_at, confirmed_at, cause) values (${project}, 'x.test', now(), now(), 'other')`,
          sql`insert into public.uptime_monitors (project_id, host) values (${project}, 'x.test')`,
          sql`update public.uptime_daily set failures = 0 where project_id = ${project}`,
          sql`update public.uptime_incidents set resolved_at = now(), resolution = 'recovered' where project_id = ${project}`,
          sql`update public.uptime_monitors set open_incident_id = null where project_id = ${project}`,
          sql`update public.uptime_checks set is_up = true, cause = null where project_id = ${project}`,
          sql`delete from public.uptime_checks where project_id = ${project}`,
          sql`delete from public.uptime_incidents where project_id = ${project}`,
          sql`delete from public.uptime_daily where project_id = ${project}`,
          sql`delete from public.uptime_monitors where project_id = ${project}`,
        ];
        for (const attempt of attempts) {
          expect(await codeOf(withRls(user.claims, (tx) => tx.execute(attempt)))).toBe('FORBIDDEN');
        }
      }
    }
    const after = await Promise.all(
      TABLES.map((t) => snapshot(handle, `select * from public.${t} where project_id in ($1, $2)`, [projectA, projectB])),
    );
    expect(after).toEqual(before);
  });
});
