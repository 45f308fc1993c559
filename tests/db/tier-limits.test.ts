import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { raceIt } from '@tests/helpers/race';
import { AppError } from '@/lib/errors';
import type { DbHandle } from '@/lib/db/client';
import type { Tier } from '@/modules/accounts/schema';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';
import {
  addMemberAsSystem,
  barrier,
  createProjectAsSystem,
  createTestDbFast,
  expectAppError,
  outcomeOf,
  rowsOf,
  uniqueSlug,
} from '@tests/helpers/rls-matrix';

/**
 * Project and team-member limits per tier. The numbers live in tier_limits
 * (the single source of truth); triggers enforce them and the app sees
 * AppError('TIER_LIMIT'), never a raw database error. The races below are
 * real on PostgreSQL (8 connections); on PGlite (one connection) the same
 * code runs the transactions one after another and must give the same result.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDbFast();
});
afterAll(async () => {
  await handle.close();
});

const SPEC: Record<Tier, { projects: number | null; members: number | null }> = {
  free: { projects: 1, members: 1 },
  basic: { projects: 3, members: 3 },
  pro: { projects: 10, members: 10 },
  enterprise: { projects: null, members: null },
};

function createProject(user: TestUser, name = 'Site'): Promise<string> {
  return withRls(
    user.claims,
    async (tx) =>
      rowsOf<{ id: string }>(
        await tx.execute(sql`insert into public.projects (name, slug) values (${name}, ${uniqueSlug()}) returning id::text`),
      )[0]!.id,
    handle.db,
  );
}

/** Members join by invitation: the owner invites the person's address, the person accepts. */
async function addMember(owner: TestUser, projectId: string, person: TestUser): Promise<unknown> {
  const tokenHash = randomUUID().replace(/-/g, '').repeat(2);
  await withRls(
    owner.claims,
    (tx) =>
      tx.execute(
        sql`insert into public.project_invitations (project_id, email, role, token_hash) values (${projectId}, ${person.email.toLowerCase()}, 'editor', ${tokenHash})`,
      ),
    handle.db,
  );
  return withRls(person.claims, (tx) => tx.execute(sql`select private.accept_project_invitation(${tokenHash})`), handle.db);
}

async function projectCount(ownerId: string): Promise<number> {
  const [row] = await handle.executor.query<{ n: number }>('select count(*)::int as n from public.projects where owner_id = $1', [ownerId]);
  return row!.n;
}

async function memberCount(projectId: string): Promise<number> {
  const [row] = await handle.executor.query<{ n: number }>('select count(*)::int as n from public.project_members where project_id = $1', [
    projectId,
  ]);
  return row!.n;
}

async function newUsers(n: number): Promise<TestUser[]> {
  const users: TestUser[] = [];
  for (let i = 0; i < n; i++) users.push(await createTestUser(handle));
  return users;
}

describe('tier_limits', () => {
  it('holds the limits the product spec sets', async () => {
    const rows = await handle.executor.query<{ tier: Tier; max_projects: number | null; max_team_members: number | null }>(
      'select tier, max_projects, max_team_members from public.tier_limits order by display_order',
    );
    expect(rows).toEqual(
      (Object.keys(SPEC) as Tier[]).map((tier) => ({ tier, max_projects: SPEC[tier].projects, max_team_members: SPEC[tier].members })),
    );
  });
});

describe('project limit', () => {
  for (const tier of ['free', 'basic', 'pro'] as const) {
    it(`${tier}: ${SPEC[tier].projects} project(s), then TIER_LIMIT as an AppError`, async () => {
      const user = await createTestUser(handle, { tier });
      for (let i = 0; i < SPEC[tier].projects!; i++) await createProject(user, `Site ${i}`);
      const error = await createProject(user).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'TIER_LIMIT', details: { resource: 'projects', limit: SPEC[tier].projects, tier } });
      expect((error as AppError).message).not.toMatch(/tier_limit:|P0001/);
      expect(await projectCount(user.id)).toBe(SPEC[tier].projects);
    });
  }

  it('enterprise: unlimited (12 projects)', async () => {
    const user = await createTestUser(handle, { tier: 'enterprise' });
    for (let i = 0; i < 12; i++) await createProject(user, `Site ${i}`);
    expect(await projectCount(user.id)).toBe(12);
  });

  it('applies to the privileged connection too (system code cannot overshoot)', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    await createProjectAsSystem(handle, user.id);
    await expect(createProjectAsSystem(handle, user.id)).rejects.toMatchObject({ code: 'P0001', message: 'tier_limit:projects' });
    expect(await projectCount(user.id)).toBe(1);
  });

  it('reads the number from tier_limits, so changing the row changes the limit', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    await handle.executor.query(`update public.tier_limits set max_projects = 2 where tier = 'free'`);
    try {
      await createProject(user);
      await createProject(user);
      await expectAppError(createProject(user), 'TIER_LIMIT');
    } finally {
      await handle.executor.query(`update public.tier_limits set max_projects = 1 where tier = 'free'`);
    }
    expect(await projectCount(user.id)).toBe(2);
  });

  it('follows the owner’s current tier: an upgrade raises it at once, deleting frees a slot', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    const first = await createProject(user);
    await expectAppError(createProject(user), 'TIER_LIMIT');
    await handle.executor.query(`update public.user_profiles set tier = 'basic' where id = $1`, [user.id]);
    await createProject(user);
    await createProject(user);
    await expectAppError(createProject(user), 'TIER_LIMIT');
    await withRls(user.claims, (tx) => tx.execute(sql`delete from public.projects where id = ${first}`), handle.db);
    await createProject(user);
    expect(await projectCount(user.id)).toBe(3);
  });
});

describe('team member limit (per project, the owner counts)', () => {
  for (const tier of ['free', 'basic', 'pro'] as const) {
    it(`${tier}: owner + ${SPEC[tier].members! - 1} member(s), then TIER_LIMIT`, async () => {
      const owner = await createTestUser(handle, { tier });
      const projectId = await createProject(owner);
      const people = await newUsers(SPEC[tier].members!);
      for (const person of people.slice(0, -1)) await addMember(owner, projectId, person);
      const error = await addMember(owner, projectId, people.at(-1)!).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'TIER_LIMIT', details: { resource: 'team_members', limit: SPEC[tier].members } });
      expect(await memberCount(projectId)).toBe(SPEC[tier].members);
    });
  }

  it('enterprise: unlimited (owner + 12 members)', async () => {
    const owner = await createTestUser(handle, { tier: 'enterprise' });
    const projectId = await createProject(owner);
    for (const person of await newUsers(12)) await addMember(owner, projectId, person);
    expect(await memberCount(projectId)).toBe(13);
  });
});

describe('limits under concurrency', () => {
  const RACERS = 8; // the test handle's postgres.js pool has max 8 connections

  /**
   * Runs `attempt` in RACERS simultaneous transactions. On PostgreSQL each
   * transaction first reads the current count (so all of them start from the
   * same snapshot and "see room"), then all insert at once. PGlite has one
   * connection and runs transactions one at a time, so there is no barrier.
   */
  async function race(user: TestUser, statement: (i: number) => SQL) {
    const gate = handle.kind === 'postgres' ? barrier(RACERS) : { arrive: async () => {}, allArrived: () => true };
    const outcomes = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        outcomeOf(() =>
          withRls(
            user.claims,
            async (tx) => {
              await tx.execute(sql`select count(*) from public.projects`);
              await gate.arrive();
              return rowsOf(await tx.execute(statement(i))).length;
            },
            handle.db,
          ),
        ),
      ),
    );
    // On PostgreSQL all transactions were open at once before anyone inserted.
    expect(gate.allArrived()).toBe(true);
    return outcomes;
  }

  function tally(outcomes: Awaited<ReturnType<typeof race>>) {
    return {
      ok: outcomes.filter((o) => o.kind === 'ok').length,
      tierLimit: outcomes.filter((o) => o.kind === 'error' && o.code === 'TIER_LIMIT').length,
      other: outcomes
        .filter((o) => !(o.kind === 'ok' || (o.kind === 'error' && o.code === 'TIER_LIMIT')))
        .map((o) => (o.kind === 'error' ? `${o.code}: ${String(o.error)}` : 'ok')),
    };
  }

  raceIt(`free user with 0 projects: ${RACERS} simultaneous creates → exactly 1 succeeds`, async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    const outcomes = await race(user, () => sql`insert into public.projects (name, slug) values ('Race', ${uniqueSlug()}) returning id`);
    expect(tally(outcomes)).toEqual({ ok: 1, tierLimit: RACERS - 1, other: [] });
    expect(await projectCount(user.id)).toBe(1);
  });

  raceIt(`basic user with 2 projects: ${RACERS} simultaneous creates of the 3rd → exactly 1 succeeds`, async () => {
    const user = await createTestUser(handle, { tier: 'basic' });
    await createProjectAsSystem(handle, user.id);
    await createProjectAsSystem(handle, user.id);
    const outcomes = await race(user, () => sql`insert into public.projects (name, slug) values ('Race', ${uniqueSlug()}) returning id`);
    expect(tally(outcomes)).toEqual({ ok: 1, tierLimit: RACERS - 1, other: [] });
    expect(await projectCount(user.id)).toBe(3);
  });

  raceIt(`basic owner with one free seat: ${RACERS} simultaneous invitations → exactly 1 succeeds (pending ones count)`, async () => {
    const owner = await createTestUser(handle, { tier: 'basic' });
    const projectId = await createProjectAsSystem(handle, owner.id);
    const [first] = await newUsers(1);
    await addMemberAsSystem(handle, projectId, first!.id);
    const outcomes = await race(
      owner,
      (i) =>
        sql`insert into public.project_invitations (project_id, email, token_hash) values (${projectId}, ${`racer-${i}-${randomUUID().slice(0, 6)}@test.local`}, ${randomUUID().replace(/-/g, '').repeat(2)}) returning id`,
    );
    expect(tally(outcomes)).toEqual({ ok: 1, tierLimit: RACERS - 1, other: [] });
  });
});
