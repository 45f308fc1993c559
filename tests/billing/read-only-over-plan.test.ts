import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from '@/modules/accounts/schema';
import { listReadOnlyProjects } from '@/modules/billing/list-read-only-projects';
import { createProject } from '@/modules/projects/create-project';
import { deleteProject } from '@/modules/projects/delete-project';
import { renameProject } from '@/modules/projects/rename-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { startGeneration } from '@/modules/generate/start-generation';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { createTestUser } from '@tests/helpers/test-db';
import { runJobs } from '@tests/helpers/jobs';
import { nowInSeconds, setUpBillingWorld } from './billing-world';

// A subscription ends and the account moves to Free: nothing is deleted, the oldest project (Free
// includes one) stays editable, the others become read-only in the database — no new version, no
// publish, no change of address — while their live sites keep serving; deleting down to the limit
// lifts it at once. The webhook and the SDK are the real ones, against the Stripe stand-in.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_read_only', hosting: true });

async function deliver(type: string, object: unknown, created: number) {
  expect((await world.deliver(world.event(type, object, created))).status).toBe(200);
}

async function serve(slug: string) {
  forgetSiteHost(slug);
  return serveSiteFile({ host: `${slug}.sites.test`, path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: false });
}

const now = nowInSeconds;

describe('above the Free limits after a subscription ends', () => {
  it('keeps the oldest project editable and the rest read-only but live, until the owner is within the limit', async () => {
    const { user, subscription } = await world.subscriber('basic');
    await deliver('customer.subscription.created', subscription, now() - 60);
    expect((await world.handle.db.select().from(userProfiles).where(eq(userProfiles.id, user.id)))[0]!.tier).toBe('basic');

    // Basic includes three projects; all three are made and published.
    const oldest = await createProject(user.claims, { name: `Primeiro ${user.id.slice(0, 6)}` });
    const middle = await createProject(user.claims, { name: `Segundo ${user.id.slice(0, 6)}` });
    const newest = await createProject(user.claims, { name: `Terceiro ${user.id.slice(0, 6)}` });
    for (const project of [oldest, middle, newest]) {
      await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
      await requestPublish(user.claims, { projectId: project.id });
    }
    await runJobs();
    expect(await listReadOnlyProjects(user.claims)).toEqual(new Map());

    // The subscription ends: Free at the period's end.
    world.standIn.updateSubscription(subscription.id, { status: 'canceled' });
    await deliver('customer.subscription.deleted', { ...subscription, status: 'canceled' }, now());
    expect((await world.handle.db.select().from(userProfiles).where(eq(userProfiles.id, user.id)))[0]).toMatchObject({ tier: 'free' });

    const readOnly = await listReadOnlyProjects(user.claims);
    expect([...readOnly.keys()].sort()).toEqual([middle.id, newest.id].sort());
    expect(readOnly.get(newest.id)).toEqual({ projectId: newest.id, maxProjects: 1, tier: 'free' });

    // The oldest is untouched by the rule.
    await expect(saveSiteVersion(user.claims, { projectId: oldest.id, document: veganBakery, source: 'edit' })).resolves.toBeTruthy();
    await expect(requestPublish(user.claims, { projectId: oldest.id })).resolves.toMatchObject({ status: 'queued' });

    // The others: no edit, no publish, no new address — each refused by the database with the reason.
    const refusal = { code: 'TIER_LIMIT', key: 'errors.billing.readOnlyOverPlan', values: { limit: 1 } };
    await expect(saveSiteVersion(user.claims, { projectId: newest.id, document: veganBakery, source: 'edit' })).rejects.toMatchObject(
      refusal,
    );
    await expect(requestPublish(user.claims, { projectId: newest.id })).rejects.toMatchObject(refusal);
    await expect(
      renameProject(user.claims, { projectId: newest.id, name: 'Moved', slug: `moved-${user.id.slice(0, 8)}` }),
    ).rejects.toMatchObject(refusal);
    // A generation started from the studio says why, not "this month's generations are used up"
    // (issue 33: the studio showed the quota's reset date for a read-only site).
    await expect(startGeneration(user.claims, { projectId: newest.id, kind: 'site', prompt: 'A bakery' })).rejects.toMatchObject(refusal);
    // …straight SQL under the client's claims is refused the same way (a generation).
    await expect(
      withRls(user.claims, (tx) => tx.execute(sql`insert into public.generations (project_id, kind) values (${newest.id}::uuid, 'site')`)),
    ).rejects.toMatchObject(refusal);
    // Renaming (the label only) is allowed, and nothing was deleted.
    await expect(renameProject(user.claims, { projectId: newest.id, name: 'Ainda aqui' })).resolves.toBeTruthy();

    // Every site stays live.
    for (const project of [oldest, middle, newest]) expect((await serve(project.slug)).status).toBe(200);

    // Unpublishing is allowed; making it live again is not.
    await withRls(user.claims, (tx) => tx.execute(sql`select private.unpublish_project(${middle.id}::uuid)`));
    await expect(
      withRls(user.claims, (tx) =>
        tx.execute(sql`select private.activate_deployment(${middle.id}::uuid,
          (select id from public.deployments where project_id = ${middle.id}::uuid and status = 'ready' limit 1))`),
      ),
    ).rejects.toMatchObject(refusal);

    // Someone else sees nothing of this, and can't ask the database about another owner's project.
    const stranger = await createTestUser(world.handle);
    expect(await listReadOnlyProjects(stranger.claims)).toEqual(new Map());
    await expect(
      withRls(stranger.claims, (tx) => tx.execute(sql`select private.project_is_over_plan(${newest.id}::uuid)`)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Within the limit again (two deleted): the last one is editable and publishable at once.
    await deleteProject(user.claims, { projectId: oldest.id });
    expect([...(await listReadOnlyProjects(user.claims)).keys()]).toEqual([newest.id]);
    await deleteProject(user.claims, { projectId: middle.id });
    expect(await listReadOnlyProjects(user.claims)).toEqual(new Map());
    await expect(saveSiteVersion(user.claims, { projectId: newest.id, document: veganBakery, source: 'edit' })).resolves.toBeTruthy();
    await expect(requestPublish(user.claims, { projectId: newest.id })).resolves.toMatchObject({ status: 'queued' });
  });
});
