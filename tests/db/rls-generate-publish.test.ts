import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import type { VerifiedClaims } from '@/lib/claims';
import type { DbHandle } from '@/lib/db/client';
import { createTestDb } from '@tests/helpers/test-db';
import {
  ACTORS,
  addMemberAsSystem,
  auditSince,
  claimsOf,
  createWorld,
  expectAppError,
  maxAuditId,
  outcomeOf,
  rowsOf,
  snapshot,
  uniqueSlug,
  type Actor,
  type Outcome,
  type World,
} from '@tests/helpers/rls-matrix';

/**
 * The generate/publish half of the cross-tenant spec that the table matrix
 * (rls-matrix.test.ts) cannot express: the SECURITY DEFINER functions that
 * are the only way to finish a generation or change what is live, and the
 * insert triggers that pin server-owned columns (reserve_generation,
 * guard_new_deployment, new_project_is_unpublished, the usage_events
 * append-only guard). Every refused call also checks that nothing changed
 * and nothing was audited.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** An outcome as text, for assertion messages. */
function show(o: Outcome): string {
  return o.kind === 'ok' ? `ok (${o.count} rows)` : `${o.code}: ${errorText(o.error)}`;
}

/** A driver error's message and its cause's (drizzle wraps the Postgres error). */
function errorText(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return `${String(error)}${cause ? ` / ${String(cause)}` : ''}`;
}

/** Runs one statement as `claims` and returns how many rows it returned. */
function run(claims: VerifiedClaims | null, statement: SQL): Promise<number> {
  return withRls(claims, async (tx) => rowsOf(await tx.execute(statement)).length, handle.db);
}

/** Everything of a tenant's that these functions and triggers could touch, read past RLS. */
async function tenantState(ownerId: string, projectId: string): Promise<Record<string, unknown[]>> {
  return {
    project: await snapshot(handle, 'select * from public.projects where id = $1', [projectId]),
    profile: await snapshot(handle, 'select * from public.user_profiles where id = $1', [ownerId]),
    generations: await snapshot(handle, 'select * from public.generations where project_id = $1', [projectId]),
    versions: await snapshot(handle, 'select * from public.site_versions where project_id = $1', [projectId]),
    usage: await snapshot(handle, 'select * from public.usage_events where user_id = $1', [ownerId]),
    deployments: await snapshot(handle, 'select * from public.deployments where project_id = $1', [projectId]),
  };
}
const stateOfA = (w: World) => tenantState(w.a.id, w.projectA!);
const stateOfB = (w: World) => tenantState(w.b.id, w.projectB);

async function projectRow(id: string): Promise<{ is_published: boolean; active_deployment_id: string | null }> {
  const [row] = await handle.executor.query<{ is_published: boolean; active_deployment_id: string | null }>(
    'select is_published, active_deployment_id::text from public.projects where id = $1',
    [id],
  );
  return row!;
}

/** Privileged setup: the tenant's fixture deployment is live. */
async function publishAsSystem(projectId: string, deploymentId: string): Promise<void> {
  await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
    projectId,
    deploymentId,
  ]);
}

type PrivateFunction = 'finish_generation' | 'activate_deployment' | 'unpublish_project';

/**
 * Each private function called on tenant A's rows by every kind of caller.
 * ok = it takes effect; denied = AppError FORBIDDEN, A unchanged, nothing audited.
 * Admins are not editors of A's project: changing what is live is the
 * owner's (or an editor's) call, made while impersonating when support does it.
 */
// prettier-ignore
const FUNCTIONS: Record<PrivateFunction, Record<Actor, 'ok' | 'denied'>> = {
  finish_generation:   { anon: 'denied', clientA: 'ok', clientB: 'denied', admin: 'denied', impersonatorA: 'ok' },
  activate_deployment: { anon: 'denied', clientA: 'ok', clientB: 'denied', admin: 'denied', impersonatorA: 'ok' },
  unpublish_project:   { anon: 'denied', clientA: 'ok', clientB: 'denied', admin: 'denied', impersonatorA: 'ok' },
};

const CALLS: Record<PrivateFunction, { setup?: (w: World) => Promise<void>; call: (w: World) => SQL }> = {
  // Finishing A's running generation as succeeded charges A: B doing it would bill A; marking it failed would waive A's charge.
  finish_generation: {
    call: (w) => sql`select private.finish_generation(${w.contentA!.generation}::uuid, 'succeeded', 'vllm', 'm', 1000, 2000, null)`,
  },
  // A's project starts unpublished; its fixture deployment is ready.
  activate_deployment: {
    call: (w) => sql`select private.activate_deployment(${w.projectA}::uuid, ${w.contentA!.deployment}::uuid)`,
  },
  unpublish_project: {
    setup: (w) => publishAsSystem(w.projectA!, w.contentA!.deployment),
    call: (w) => sql`select private.unpublish_project(${w.projectA}::uuid)`,
  },
};

/** What an allowed call must have done to A's rows, and the audit entry it must have written (if any). */
async function expectEffect(fn: PrivateFunction, w: World): Promise<string | null> {
  const { generation, deployment } = w.contentA!;
  if (fn === 'finish_generation') {
    const [g] = await handle.executor.query('select status, input_tokens, output_tokens from public.generations where id = $1', [
      generation,
    ]);
    expect(g).toEqual({ status: 'succeeded', input_tokens: 1000, output_tokens: 2000 });
    const usage = await handle.executor.query<{ metric: string; quantity: string }>(
      `select metric, quantity::text from public.usage_events where user_id = $1 and idempotency_key like 'gen:%' order by metric`,
      [w.a.id],
    );
    expect(usage).toEqual([
      { metric: 'ai_token', quantity: '3000' },
      { metric: 'page_generate', quantity: '1' },
    ]);
    // Entitlements count the same events the quota trigger counts (no second copy of usage).
    const [e] = await handle.executor.query<{ usage: unknown }>(`select private.entitlements($1) -> 'usage' as usage`, [w.a.id]);
    expect(e!.usage).toMatchObject({ generations: 1, ai_tokens: 3000 });
    return null; // no audit entry of its own
  }
  if (fn === 'activate_deployment') {
    expect(await projectRow(w.projectA!)).toEqual({ is_published: true, active_deployment_id: deployment });
    return 'deployments.activate';
  }
  expect(await projectRow(w.projectA!)).toMatchObject({ is_published: false });
  return 'projects.unpublish';
}

describe('private functions on tenant A’s rows', () => {
  for (const fn of Object.keys(FUNCTIONS) as PrivateFunction[]) {
    describe(`private.${fn}`, () => {
      for (const actor of ACTORS) {
        const expected = FUNCTIONS[fn][actor];
        it(`${actor} → ${expected}`, async () => {
          const w = await createWorld(handle);
          await CALLS[fn].setup?.(w);
          const before = await stateOfA(w);
          const auditBefore = await maxAuditId(handle);

          const outcome = await outcomeOf(() => run(claimsOf(w, actor), CALLS[fn].call(w)));
          const audit = await auditSince(handle, auditBefore);

          if (expected === 'denied') {
            expect(outcome, show(outcome)).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
            expect(await stateOfA(w)).toEqual(before);
            expect(audit).toEqual([]);
            return;
          }
          expect(outcome, show(outcome)).toMatchObject({ kind: 'ok', count: 1 });
          const action = await expectEffect(fn, w);
          if (actor === 'clientA') {
            expect(audit).toEqual(
              action ? [expect.objectContaining({ actor_id: w.a.id, subject_id: w.a.id, action, target_id: w.projectA })] : [],
            );
          } else {
            // Impersonating: every entry written (the function's own and the triggers') names the admin and A.
            expect(audit.length).toBeGreaterThan(0);
            for (const entry of audit) expect(entry).toMatchObject({ actor_id: w.admin.id, subject_id: w.a.id });
            if (action) expect(audit.map((e) => e.action)).toContain(action);
          }
        });
      }
    });
  }

  it('B cannot make A’s deployment live on B’s project, nor A B’s on A’s; nothing changes', async () => {
    const w = await createWorld(handle);
    const [a, b] = [await stateOfA(w), await stateOfB(w)];
    const auditBefore = await maxAuditId(handle);
    const attempts: Array<[VerifiedClaims, SQL]> = [
      [w.b.claims, sql`select private.activate_deployment(${w.projectB}::uuid, ${w.contentA!.deployment}::uuid)`],
      [w.a.claims, sql`select private.activate_deployment(${w.projectA}::uuid, ${w.contentB.deployment}::uuid)`],
    ];
    for (const [claims, statement] of attempts) {
      const outcome = await outcomeOf(() => run(claims, statement));
      // Not an AppError: rollbackDeployment turns it into CONFLICT.
      expect(outcome.kind === 'error' && errorText(outcome.error), show(outcome)).toMatch(/deployment_not_ready/);
    }
    expect(await stateOfA(w)).toEqual(a);
    expect(await stateOfB(w)).toEqual(b);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });

  it('nobody finishes someone else’s generation, not even an editor of the same project', async () => {
    const w = await createWorld(handle);
    const before = await stateOfB(w);
    // D edits B's project, but the running generation is B's.
    await expectAppError(
      run(
        w.d.claims,
        sql`select private.finish_generation(${w.contentB.generation}::uuid, 'failed', null, null, 0, 0, 'cancelled by someone else')`,
      ),
      'FORBIDDEN',
    );
    expect(await stateOfB(w)).toEqual(before);
  });
});

describe('editors and viewers of B’s project', () => {
  it('an editor (D) generates, publishes, rolls back and unpublishes; B pays and the audit names D', async () => {
    const w = await createWorld(handle);
    const auditBefore = await maxAuditId(handle);
    const [generation] = await withRls(
      w.d.claims,
      async (tx) =>
        rowsOf<{ id: string }>(
          await tx.execute(sql`insert into public.generations (project_id, kind) values (${w.projectB}, 'site') returning id::text`),
        ),
      handle.db,
    );
    await run(w.d.claims, sql`select private.finish_generation(${generation!.id}::uuid, 'succeeded', 'vllm', 'm', 10, 20, null)`);
    const usage = await handle.executor.query<{ user_id: string }>(
      `select user_id::text from public.usage_events where idempotency_key like $1`,
      [`gen:${generation!.id}:%`],
    );
    expect(usage.map((u) => u.user_id)).toEqual([w.b.id, w.b.id]);

    await run(w.d.claims, sql`select private.activate_deployment(${w.projectB}::uuid, ${w.contentB.deployment}::uuid)`);
    expect(await projectRow(w.projectB)).toEqual({ is_published: true, active_deployment_id: w.contentB.deployment });
    await run(w.d.claims, sql`select private.unpublish_project(${w.projectB}::uuid)`);
    expect(await projectRow(w.projectB)).toMatchObject({ is_published: false });
    expect(await auditSince(handle, auditBefore)).toEqual([
      expect.objectContaining({ actor_id: w.d.id, subject_id: w.b.id, action: 'deployments.activate' }),
      expect.objectContaining({ actor_id: w.d.id, subject_id: w.b.id, action: 'projects.unpublish' }),
    ]);
  });

  it('a viewer (E) reads the project’s rows but cannot generate, save, publish, unpublish or delete leads', async () => {
    const w = await createWorld(handle);
    await addMemberAsSystem(handle, w.projectB, w.e.id, 'viewer');
    await publishAsSystem(w.projectB, w.contentB.deployment);
    const claims = w.e.claims;
    const seen = await withRls(
      claims,
      async (tx) => ({
        generations: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.generations`)).map((r) => r.id),
        deployments: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.deployments`)).map((r) => r.id),
        leads: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.leads`)).map((r) => r.id),
        usage: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.usage_events`)).map((r) => r.id),
      }),
      handle.db,
    );
    // B's usage is B's billing data, not the project's: a member does not see it.
    expect(seen).toEqual({
      generations: [w.contentB.generation],
      deployments: [w.contentB.deployment],
      leads: [w.contentB.lead],
      usage: [],
    });

    const before = await stateOfB(w);
    const leadsBefore = await snapshot(handle, 'select * from public.leads where project_id = $1', [w.projectB]);
    const auditBefore = await maxAuditId(handle);
    for (const statement of [
      sql`insert into public.generations (project_id, kind) values (${w.projectB}, 'site') returning id`,
      sql`insert into public.site_versions (project_id, version, document, source) values (${w.projectB}, 2, '{}'::jsonb, 'edit') returning id`,
      sql`insert into public.deployments (project_id, site_version_id, version) values (${w.projectB}, ${w.contentB.siteVersion}, 1) returning id`,
      sql`select private.activate_deployment(${w.projectB}::uuid, ${w.contentB.deployment}::uuid)`,
      sql`select private.unpublish_project(${w.projectB}::uuid)`,
    ]) {
      await expectAppError(run(claims, statement), 'FORBIDDEN');
    }
    expect(await run(claims, sql`delete from public.leads where project_id = ${w.projectB} returning id`)).toBe(0);
    expect(await stateOfB(w)).toEqual(before);
    expect(await snapshot(handle, 'select * from public.leads where project_id = $1', [w.projectB])).toEqual(leadsBefore);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });
});

describe('the live pointer (projects.is_published, active_deployment_id)', () => {
  for (const actor of ['clientA', 'impersonatorA'] as const) {
    it(`a new project inserted by ${actor} as published, pointing at B’s live deployment, comes out unpublished`, async () => {
      const w = await createWorld(handle, { projectForA: false });
      await publishAsSystem(w.projectB, w.contentB.deployment);
      const [created] = await withRls(
        claimsOf(w, actor),
        async (tx) =>
          rowsOf<{ id: string; is_published: boolean; active_deployment_id: string | null }>(
            await tx.execute(sql`
              insert into public.projects (name, slug, is_published, active_deployment_id)
              values ('Borrowed site', ${uniqueSlug()}, true, ${w.contentB.deployment})
              returning id::text, is_published, active_deployment_id::text`),
          ),
        handle.db,
      );
      expect(created).toMatchObject({ is_published: false, active_deployment_id: null });
      expect(await projectRow(created!.id)).toEqual({ is_published: false, active_deployment_id: null });
      expect(await projectRow(w.projectB)).toEqual({ is_published: true, active_deployment_id: w.contentB.deployment });
    });
  }

  it('the trigger also pins it on the privileged connection', async () => {
    const w = await createWorld(handle, { projectForA: false });
    const [row] = await handle.executor.query<{ id: string }>(
      'insert into public.projects (owner_id, name, slug, is_published, active_deployment_id) values ($1, $2, $3, true, $4) returning id::text',
      [w.a.id, 'System site', uniqueSlug(), w.contentB.deployment],
    );
    expect(await projectRow(row!.id)).toEqual({ is_published: false, active_deployment_id: null });
  });

  it('nobody sets it with a plain UPDATE (owners, impersonators, admins, editors): only the functions change it', async () => {
    const w = await createWorld(handle);
    await publishAsSystem(w.projectB, w.contentB.deployment);
    const auditBefore = await maxAuditId(handle);
    const [a, b] = [await stateOfA(w), await stateOfB(w)];
    const attempts: Array<[VerifiedClaims | null, SQL]> = [];
    for (const actor of ['clientA', 'impersonatorA', 'admin'] as const) {
      attempts.push(
        [claimsOf(w, actor), sql`update public.projects set is_published = true where id = ${w.projectA} returning id`],
        [
          claimsOf(w, actor),
          sql`update public.projects set active_deployment_id = ${w.contentB.deployment} where id = ${w.projectA} returning id`,
        ],
      );
    }
    attempts.push(
      [claimsOf(w, 'admin'), sql`update public.projects set is_published = false where id = ${w.projectB} returning id`],
      [w.d.claims, sql`update public.projects set active_deployment_id = null where id = ${w.projectB} returning id`],
    );
    for (const [claims, statement] of attempts) await expectAppError(run(claims, statement), 'FORBIDDEN');
    expect(await stateOfA(w)).toEqual(a);
    expect(await stateOfB(w)).toEqual(b);
    expect(await auditSince(handle, auditBefore)).toEqual([]);
  });
});

describe('insert triggers pin server-owned columns', () => {
  it('a requested deployment starts queued with nothing built, so it cannot go live without the publish job', async () => {
    const w = await createWorld(handle);
    const [d] = await withRls(
      w.a.claims,
      async (tx) =>
        rowsOf<{ id: string }>(
          await tx.execute(sql`
            insert into public.deployments (project_id, site_version_id, version, status, manifest, checks, total_bytes, error, created_at, finished_at)
            values (${w.projectA}, ${w.contentA!.siteVersion}, 1, 'ready', '{"files": []}'::jsonb, '[{"ok": true}]'::jsonb, 1, 'none',
                    '2000-01-01T00:00:00Z', '2000-01-01T00:00:00Z')
            returning id::text`),
        ),
      handle.db,
    );
    const [row] = await handle.executor.query(
      `select status, manifest, checks, total_bytes, error, finished_at, created_at > now() - interval '1 minute' as fresh
       from public.deployments where id = $1`,
      [d!.id],
    );
    expect(row).toEqual({ status: 'queued', manifest: null, checks: [], total_bytes: null, error: null, finished_at: null, fresh: true });

    const outcome = await outcomeOf(() => run(w.a.claims, sql`select private.activate_deployment(${w.projectA}::uuid, ${d!.id}::uuid)`));
    expect(outcome.kind === 'error' && errorText(outcome.error), show(outcome)).toMatch(/deployment_not_ready/);
    expect(await projectRow(w.projectA!)).toEqual({ is_published: false, active_deployment_id: null });
  });

  it('a reserved generation starts running with no tokens, whatever the client sends', async () => {
    const w = await createWorld(handle);
    const [g] = await withRls(
      w.a.claims,
      async (tx) =>
        rowsOf<{ status: string; input_tokens: number; output_tokens: number; finished_at: string | null }>(
          await tx.execute(sql`
            insert into public.generations (project_id, kind, status, input_tokens, output_tokens, finished_at)
            values (${w.projectA}, 'site', 'succeeded', 999999, 999999, now())
            returning status, input_tokens, output_tokens, finished_at`),
        ),
      handle.db,
    );
    expect(g).toEqual({ status: 'running', input_tokens: 0, output_tokens: 0, finished_at: null });
  });

  it('nothing can be attributed to someone else: user_id / created_by must be the caller', async () => {
    const w = await createWorld(handle);
    const before = await stateOfA(w);
    for (const statement of [
      sql`insert into public.generations (project_id, user_id, kind) values (${w.projectA}, ${w.b.id}, 'site') returning id`,
      sql`insert into public.site_versions (project_id, version, document, source, created_by) values (${w.projectA}, 2, '{}'::jsonb, 'edit', ${w.b.id}) returning id`,
      sql`insert into public.deployments (project_id, site_version_id, version, created_by) values (${w.projectA}, ${w.contentA!.siteVersion}, 1, ${w.b.id}) returning id`,
    ]) {
      await expectAppError(run(w.a.claims, statement), 'FORBIDDEN');
    }
    expect(await stateOfA(w)).toEqual(before);
  });

  // deployments.site_version_id is an ordinary foreign key, checked past RLS,
  // and the insert policy only checks project_id. The publish job loads the
  // document through that id (unsafeLoadDeploymentTarget joins site_versions
  // on it, not on the project), so a deployment of A's project pointing at
  // B's version would publish B's site on A's host.
  it('a deployment can only be of its own project’s site versions', async () => {
    const w = await createWorld(handle);
    const [a, b] = [await stateOfA(w), await stateOfB(w)];
    await expectAppError(
      run(
        w.a.claims,
        sql`insert into public.deployments (project_id, site_version_id, version) values (${w.projectA}, ${w.contentB.siteVersion}, 1) returning id`,
      ),
      'FORBIDDEN',
    );
    expect(await stateOfA(w)).toEqual(a);
    expect(await stateOfB(w)).toEqual(b);
  });
});

describe('quota and billing state are not revealed across tenants', () => {
  it('on A’s project with A’s generations used up: A gets TIER_LIMIT, B gets FORBIDDEN; nothing changes', async () => {
    const w = await createWorld(handle);
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_generations_per_month as n from public.tier_limits where tier = 'free'`,
    );
    // The world already holds one running generation of A's.
    await handle.executor.query(
      `insert into public.generations (project_id, user_id, kind) select $1, $2, 'site' from generate_series(1, $3)`,
      [w.projectA, w.a.id, limit!.n - 1],
    );
    const before = await stateOfA(w);
    const insert = sql`insert into public.generations (project_id, kind) values (${w.projectA}, 'site') returning id`;
    await expectAppError(run(w.b.claims, insert), 'FORBIDDEN');
    await expectAppError(run(claimsOf(w, 'impersonatorA'), insert), 'TIER_LIMIT');
    await expectAppError(run(w.a.claims, insert), 'TIER_LIMIT');
    expect(await stateOfA(w)).toEqual(before);
  });

  it('on A’s project while A is past due: A gets the payment error, B gets FORBIDDEN; nothing changes', async () => {
    const w = await createWorld(handle);
    await handle.executor.query(
      `insert into public.billing_subscriptions (user_id, status, tier) select id, 'past_due', tier from public.user_profiles where id = $1
       on conflict (user_id) do update set status = excluded.status`,
      [w.a.id],
    );
    const before = await stateOfA(w);
    const insert = sql`insert into public.deployments (project_id, site_version_id, version) values (${w.projectA}, ${w.contentA!.siteVersion}, 1) returning id`;
    await expectAppError(run(w.b.claims, insert), 'FORBIDDEN');
    const error = await run(w.a.claims, insert).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'TIER_LIMIT', details: { resource: 'subscription' } });
    expect(await stateOfA(w)).toEqual(before);
  });
});

describe('usage_events are append-only, even on the privileged connection', () => {
  it('refuses changes to what was used; allows the metering job’s pushed_at and the project FK’s set-null', async () => {
    const w = await createWorld(handle);
    const key = w.contentA!.usageEvent;
    const event = () => snapshot(handle, 'select * from public.usage_events where idempotency_key = $1', [key]);
    const before = await event();
    const changes = [
      `quantity = 0`,
      `metric = 'ai_token'`,
      `user_id = '${w.b.id}'`,
      `idempotency_key = 'fixture:rewritten'`,
      `project_id = '${w.projectB}'`,
      `occurred_at = now() - interval '1 year'`,
    ];
    for (const change of changes) {
      const update = handle.executor.query(`update public.usage_events set ${change} where idempotency_key = $1`, [key]);
      await expect(update, change).rejects.toMatchObject({ code: '42501' });
    }
    expect(await event()).toEqual(before);

    await handle.executor.query('update public.usage_events set pushed_at = now() where idempotency_key = $1', [key]);
    await handle.executor.query('delete from public.projects where id = $1', [w.projectA]);
    const [after] = await handle.executor.query<{ project_id: string | null; pushed: boolean; quantity: string }>(
      'select project_id, pushed_at is not null as pushed, quantity::text from public.usage_events where idempotency_key = $1',
      [key],
    );
    expect(after).toEqual({ project_id: null, pushed: true, quantity: '1' });
  });
});
