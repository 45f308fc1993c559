import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';
import { setSubscriptionState } from '@tests/helpers/billing-state';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { getBlobStore, setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { sendEvents } from '@/lib/jobs/send-events';
import { eventOf } from '@/lib/jobs/events';
import { serializeError } from '@/lib/jobs/serialize-error';
import { events } from '~inngest/client';
import { latestRun, runJobs } from '@tests/helpers/jobs';
import { createProject } from '@/modules/projects/create-project';
import { projectMembers } from '@/modules/projects/schema';
import { renameProject } from '@/modules/projects/rename-project';
import { moveSiteAddress } from '@/modules/host/move-site-address';
import { failStalledDeployments } from '@/modules/host/fail-stalled-deployments';
import { STALLED_AFTER_MS } from '@/modules/host/deployment-status';
import { userProfiles } from '@/modules/accounts/schema';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { listDeployments } from '@/modules/host/list-deployments';
import { rollbackDeployment } from '@/modules/host/rollback-deployment';
import { unpublishProject } from '@/modules/host/unpublish-project';
import { SITE_CSP, serveSiteFile } from '@/modules/host/serve-site-file';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { deployments, livePointers } from '@/modules/host/schema';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';
import { usageEvents } from '@/modules/metering/schema';
import { emailOutbox } from '@/lib/email/schema';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { buildFailureReason } from '@/modules/host/publish-deployment';
import { AppError } from '@/lib/errors';
import { renderStoredErrorMessage } from '@/lib/i18n/render-error-message';
import type { BlobStore } from '@/lib/storage/types';

let handle: DbHandle;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

async function ownerWithDraft(tier: 'free' | 'pro' = 'pro'): Promise<TestUser & { projectId: string; slug: string }> {
  const user = await createTestUser(handle, { tier });
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { ...user, projectId: project.id, slug: project.slug };
}

function get(slug: string, urlPath: string, extra: Partial<Parameters<typeof serveSiteFile>[0]> = {}) {
  forgetSiteHost(slug);
  return serveSiteFile({
    host: `${slug}.sites.test`,
    path: urlPath,
    method: 'GET',
    acceptEncoding: null,
    ifNoneMatch: null,
    isHttps: false,
    ...extra,
  });
}

/** What private.project_member_emails returns to `user` for a project (nothing, for a stranger). */
async function withRlsEmails(user: TestUser, projectId: string) {
  return withRls(user.claims, async (tx) =>
    rowsOf(await tx.execute(sql`select user_id, email from private.project_member_emails(${projectId}::uuid)`)),
  );
}

/** A queued deployment of the current draft whose job has not run (requestPublish would run it at once). */
async function queuedDeployment(u: TestUser & { projectId: string }) {
  const [version] = await handle.executor.query<{ id: string; version: number }>(
    'select id, version from public.site_versions where project_id = $1 order by version desc limit 1',
    [u.projectId],
  );
  const [d] = await handle.db
    .insert(deployments)
    .values({ projectId: u.projectId, siteVersionId: version!.id, version: version!.version, createdBy: u.id })
    .returning();
  return d!;
}

/** Runs the publish job for a deployment (again), as a replayed or late event would; returns the run's output. */
async function runPublishJob(deploymentId: string) {
  await sendEvents([eventOf(events.publishRequested, { deploymentId })]);
  await runJobs();
  return (await latestRun('publish-site', 'deploymentId', deploymentId))?.output;
}

async function liveState(projectId: string) {
  const [live] = await handle.db.select().from(livePointers).where(eq(livePointers.projectId, projectId));
  return { isPublished: live!.isPublished, activeDeploymentId: live!.activeDeploymentId };
}

async function publishAndWait(u: TestUser & { projectId: string }) {
  const d = await requestPublish(u.claims, { projectId: u.projectId });
  await runJobs();
  return d;
}

describe('publish', () => {
  it('builds, stores, checks and activates; the site answers on its host with strict headers', async () => {
    const u = await ownerWithDraft();
    const d = await publishAndWait(u);
    const list = await listDeployments(u.claims, { projectId: u.projectId });
    expect(list.deployments[0]).toMatchObject({ id: d.id, status: 'ready', isLive: true });

    const home = await get(u.slug, '/');
    expect(home.status).toBe(200);
    const html = new TextDecoder().decode(home.body!);
    expect(html).toContain('<html lang="en"');
    expect(home.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(home.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(home.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(home.headers['Cache-Control']).toContain('s-maxage');
    expect(html).not.toMatch(/<script(?![^>]*(src=|application\/ld\+json))/);

    const pt = await get(u.slug, '/pt-BR/');
    expect(pt.status).toBe(200);
    expect(new TextDecoder().decode(pt.body!)).toContain('lang="pt-BR"');

    // Pages embed the stylesheet; the file is still published (the host's form answer embeds it from there).
    const [row] = await handle.db.select({ manifest: deployments.manifest }).from(deployments).where(eq(deployments.id, d.id));
    const cssPath = Object.keys(row!.manifest!.files).find((file) => /^assets\/site\.[0-9a-f]+\.css$/.test(file));
    expect(cssPath).toBeTruthy();
    const css = await get(u.slug, `/${cssPath}`, { acceptEncoding: 'br, gzip' });
    expect(css.headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['Content-Encoding']).toBe('br');
    const again = await get(u.slug, `/${cssPath}`, { ifNoneMatch: css.headers.ETag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();

    for (const file of ['/sitemap.xml', '/robots.txt', '/manifest.webmanifest', '/sw.js'])
      expect((await get(u.slug, file)).status, file).toBe(200);
    expect((await get(u.slug, '/nope')).status).toBe(404);

    // The owner is told, by a mail from the react-email template, naming the site they see.
    const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, u.id));
    expect(mail).toMatchObject({ template: 'site_published', subject: 'Green Crumb is live 🎉' });
    expect(mail!.htmlBody).toContain(`href="http://${u.slug}.sites.test"`);
  });

  it('serves each page with its inline styles allowed by hash in its CSP, never unsafe-inline, and no render-blocking stylesheet', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    for (const path of ['/', '/pt-BR/', '/blog/', '/no-such-page']) {
      const page = await get(u.slug, path);
      expect(page.status, path).toBe(path === '/no-such-page' ? 404 : 200);
      const html = new TextDecoder().decode(page.body!);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).not.toMatch(/<link[^>]+rel="?stylesheet/i);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles.length, path).toBeGreaterThan(0);
      const csp = page.headers['Content-Security-Policy']!;
      expect(csp).not.toContain('unsafe-inline');
      const hashes = [...new Set(styles.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`))];
      // Exactly the page's own styles, and scripts still only from the site.
      expect(
        csp.split(';').map((part) => part.trim()),
        path,
      ).toContain(`style-src 'self' ${hashes.join(' ')}`);
      expect(csp).toContain("script-src 'self';");
    }
    // A file without an inline style gets the plain policy.
    expect((await get(u.slug, '/robots.txt')).headers['Content-Security-Policy']).toBe(SITE_CSP);
  });

  it('writes the "site is live" mail in the owner’s language', async () => {
    const u = await ownerWithDraft();
    await handle.db.update(userProfiles).set({ locale: 'pt-BR' }).where(eq(userProfiles.id, u.id));
    await publishAndWait(u);
    const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, u.id));
    expect(mail?.subject).toBe('Green Crumb está no ar 🎉');
    expect(mail?.textBody).toContain('A versão 1 de Green Crumb foi publicada');
  });

  it('meters what goes on the wire: the compressed size, and nothing for HEAD', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    await flushSiteTraffic(); // start from an empty buffer
    const raw = await get(u.slug, '/', { compress: false });
    await get(u.slug, '/', { method: 'HEAD', compress: false, acceptEncoding: 'gzip' });
    const viaNext = await get(u.slug, '/', { compress: false, acceptEncoding: 'gzip, br' });
    const direct = await get(u.slug, '/', { acceptEncoding: 'gzip' });
    expect(viaNext.headers['Content-Encoding']).toBeUndefined(); // Next compresses this one itself
    expect(gunzipSync(direct.body!).equals(Buffer.from(viaNext.body!))).toBe(true);
    await flushSiteTraffic();
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, u.projectId));
    const metered = events.filter((e) => e.metric === 'bandwidth_bytes').reduce((sum, e) => sum + Number(e.quantity), 0);
    // raw (no gzip accepted) + two gzip-sized answers; the HEAD adds nothing.
    expect(metered).toBe(raw.body!.byteLength + 2 * direct.body!.byteLength);
    expect(direct.body!.byteLength).toBeLessThan(raw.body!.byteLength / 2);
  });

  it('an unknown host gets a neutral 404 page', async () => {
    const r = await serveSiteFile({
      host: 'nobody-here.sites.test',
      path: '/',
      method: 'GET',
      acceptEncoding: null,
      ifNoneMatch: null,
      isHttps: true,
    });
    expect(r.status).toBe(404);
    expect(new TextDecoder().decode(r.body!)).toContain('does not have a published site');
    const app = await serveSiteFile({ host: 'app.test', path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });
    expect(app.status).toBe(404);
  });

  it('rolls back instantly, unpublishes to a neutral page, and republishes', async () => {
    const u = await ownerWithDraft();
    const first = await publishAndWait(u);
    const changed = structuredClone(veganBakery);
    changed.i18n.strings.en!['hero.title'] = 'Version two of the bakery';
    await saveSiteVersion(u.claims, { projectId: u.projectId, document: changed, source: 'edit' });
    await publishAndWait(u);
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toContain('Version two of the bakery');

    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id });
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).not.toContain('Version two of the bakery');

    await unpublishProject(u.claims, { projectId: u.projectId });
    expect((await get(u.slug, '/')).status).toBe(404);
    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id });
    expect((await get(u.slug, '/')).status).toBe(200);
  });

  it('concurrent publishes end with exactly one live deployment: the newest', async () => {
    const u = await ownerWithDraft();
    const requested = await Promise.all(Array.from({ length: 4 }, () => requestPublish(u.claims, { projectId: u.projectId })));
    await runJobs();
    const newest = [...requested].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
    const rows = await handle.db.select().from(deployments).where(eq(deployments.projectId, u.projectId));
    const newestSeq = Math.max(...rows.map((r) => r.seq));
    const { activeDeploymentId } = await liveState(u.projectId);
    const live = rows.find((r) => r.id === activeDeploymentId)!;
    expect(live.seq).toBe(newestSeq);
    expect(requested.map((r) => r.id)).toContain(newest.id);
  });

  it('publishes finishing out of order: the older one never replaces the newer live one', async () => {
    const u = await ownerWithDraft();
    const older = await queuedDeployment(u);
    const newer = await queuedDeployment(u);
    await runPublishJob(newer.id);
    expect(await liveState(u.projectId)).toEqual({ isPublished: true, activeDeploymentId: newer.id });
    await runPublishJob(older.id); // finishes last
    expect(await liveState(u.projectId)).toEqual({ isPublished: true, activeDeploymentId: newer.id });
    const [olderRow] = await handle.db.select().from(deployments).where(eq(deployments.id, older.id));
    expect(olderRow!.status).toBe('ready'); // built and kept: it can still be made live by hand
  });

  it('a publish still in flight does not override a later rollback or unpublish', async () => {
    const u = await ownerWithDraft();
    const first = await publishAndWait(u);
    const inFlight = await queuedDeployment(u);
    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id });
    await runPublishJob(inFlight.id);
    expect(await liveState(u.projectId)).toEqual({ isPublished: true, activeDeploymentId: first.id });

    const another = await queuedDeployment(u);
    await unpublishProject(u.claims, { projectId: u.projectId });
    await runPublishJob(another.id);
    expect((await liveState(u.projectId)).isPublished).toBe(false);
    expect((await get(u.slug, '/')).status).toBe(404);

    // Publishing again afterwards is the person's newest choice: it goes live.
    const again = await publishAndWait(u);
    expect(await liveState(u.projectId)).toEqual({ isPublished: true, activeDeploymentId: again.id });
  });

  it('a replayed job for a live deployment neither rebuilds it nor takes the site down', async () => {
    const u = await ownerWithDraft();
    const d = await publishAndWait(u);
    const [before] = await handle.db.select().from(deployments).where(eq(deployments.id, d.id));
    const result = await runPublishJob(d.id);
    expect(result).toMatchObject({ replayed: true, published: true });
    const [after] = await handle.db.select().from(deployments).where(eq(deployments.id, d.id));
    expect(after).toMatchObject({ status: 'ready', finishedAt: before!.finishedAt });
    expect((await get(u.slug, '/')).status).toBe(200);
  });

  it('a failed build leaves the live site untouched and marks the deployment failed with a reason', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    const before = new TextDecoder().decode((await get(u.slug, '/')).body!);
    // Storage fails on every attempt (the real job, retried, then its failure handler).
    const working = getBlobStore();
    // Every blob looks new (so the build must write) and no write succeeds.
    const broken: BlobStore = {
      kind: working.kind,
      get: (key) => working.get(key),
      delete: (key) => working.delete(key),
      has: async () => false,
      put: async () => Promise.reject(new Error('disk full')),
    };
    setBlobStoreForTests(broken);
    let d: { id: string } | undefined;
    try {
      d = await publishAndWait(u);
    } finally {
      setBlobStoreForTests(working);
    }
    const run = await latestRun('publish-site', 'deploymentId', d.id);
    expect(run).toMatchObject({ status: 'failed', attempt: 3 });
    const [row] = await handle.db.select().from(deployments).where(eq(deployments.id, d.id));
    expect(row!.status).toBe('failed');
    // Internal details (a driver message, a stack) are reported, not shown: the person reads what to do.
    expect(renderStoredErrorMessage(row!.error!, 'en')).toBe(
      'The build failed on our side. Publish again in a moment; your live site was not changed.',
    );
    expect(row!.error).not.toContain('disk full');
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toBe(before);
  });

  it('a draft whose checks find an error is not put live: the checks and their reason are stored, the live site stays', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    const before = new TextDecoder().decode((await get(u.slug, '/')).body!);
    // A menu link to a page the site does not have: the broken-links check blocks it.
    const withBrokenLink = {
      ...veganBakery,
      navigation: (veganBakery.navigation ?? []).map((item, i) => (i === 0 ? { ...item, href: '/no-such-page' } : item)),
    };
    await saveSiteVersion(u.claims, { projectId: u.projectId, document: withBrokenLink, source: 'edit' });
    const d = await publishAndWait(u);
    const [row] = await handle.db.select().from(deployments).where(eq(deployments.id, d.id));
    expect(row).toMatchObject({ status: 'failed' });
    expect(row!.error).toMatch(/^Checks failed: /);
    expect(row!.checks?.find((check) => check.id === 'broken-links')).toMatchObject({ level: 'error' });
    expect(await liveState(u.projectId)).toMatchObject({ isPublished: true });
    expect((await liveState(u.projectId)).activeDeploymentId).not.toBe(d.id);
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toBe(before);
  });

  it('a stored draft that no longer reads as a site fails its build with a reason, and nothing goes live', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    const before = new TextDecoder().decode((await get(u.slug, '/')).body!);
    // Written past the app (an old schema, a manual fix gone wrong): a section of an unknown shape.
    await handle.executor.query(
      `insert into public.site_versions (project_id, version, document, source) values ($1, 99, '{"pages":[{"slug":"","sections":[{"type":"hero"}]}]}'::jsonb, 'edit')`,
      [u.projectId],
    );
    const d = await publishAndWait(u);
    const [row] = await handle.db.select().from(deployments).where(eq(deployments.id, d.id));
    expect(row).toMatchObject({ status: 'failed' });
    // Stored as a message key: each reader sees the reason in their language.
    expect(renderStoredErrorMessage(row!.error!, 'en')).toBe(
      'The saved site could not be read. Open it in the studio, save it again, then publish.',
    );
    expect(renderStoredErrorMessage(row!.error!, 'pt-BR')).toBe(
      'Não foi possível ler o site salvo. Abra-o no estúdio, salve de novo e publique.',
    );
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toBe(before);
  });

  it('a past-due client cannot publish, but their live site keeps serving', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    await setSubscriptionState(handle, u.id, { subscriptionStatus: 'past_due' });
    await expect(requestPublish(u.claims, { projectId: u.projectId })).rejects.toMatchObject({ code: 'PAYMENT_REQUIRED' });
    expect((await get(u.slug, '/')).status).toBe(200);
    const rows = await handle.db.select().from(deployments).where(eq(deployments.projectId, u.projectId));
    expect(rows).toHaveLength(1);
  });

  it('a build failure keeps the message of an AppError (written for people) and hides everything else', () => {
    const reasonIn = (locale: 'en' | 'pt-BR', error: Parameters<typeof buildFailureReason>[0]) =>
      renderStoredErrorMessage(buildFailureReason(error), locale);
    const clash = serializeError(new AppError('VALIDATION', 'errors.build.duplicatePaths', { values: { paths: '/a/' } }));
    expect(reasonIn('en', clash)).toBe('Two pages would be published at the same address: /a/. Rename the page.');
    expect(reasonIn('pt-BR', clash)).toBe('Duas páginas seriam publicadas no mesmo endereço: /a/. Renomeie a página.');
    // As it reaches the failure handler from Inngest: serialized, class and key gone, name, code and English kept.
    const storageDown = { name: 'AppError', code: 'UNAVAILABLE', message: 'File storage could not save a file. Try again in a moment.' };
    expect(reasonIn('en', storageDown)).toBe('File storage could not save a file. Try again in a moment.');
    expect(reasonIn('pt-BR', storageDown)).toBe('O armazenamento de arquivos não conseguiu salvar um arquivo. Tente de novo em instantes.');
    for (const internal of [
      new Error('connect ECONNREFUSED 10.0.0.5:5432'),
      new AppError('INTERNAL', 'errors.build.notSha256'),
      'boom',
      null,
    ]) {
      expect(reasonIn('en', serializeError(internal))).toBe(
        'The build failed on our side. Publish again in a moment; your live site was not changed.',
      );
    }
  });

  it('a past-due client cannot make an earlier deployment live either, and nothing changes', async () => {
    const u = await ownerWithDraft();
    const first = await publishAndWait(u);
    await publishAndWait(u);
    const before = await liveState(u.projectId);
    await setSubscriptionState(handle, u.id, { subscriptionStatus: 'past_due' });
    await expect(rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id })).rejects.toMatchObject({
      code: 'PAYMENT_REQUIRED',
    });
    expect(await liveState(u.projectId)).toEqual(before);
    // Taking the site down is still allowed; putting it back is not.
    await unpublishProject(u.claims, { projectId: u.projectId });
    await expect(rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id })).rejects.toMatchObject({
      code: 'PAYMENT_REQUIRED',
    });
    expect((await liveState(u.projectId)).isPublished).toBe(false);
    await setSubscriptionState(handle, u.id, { subscriptionStatus: 'active' });
    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id });
    expect(await liveState(u.projectId)).toEqual({ isPublished: true, activeDeploymentId: first.id });
  });

  it('moving a published site to a new address: the old one stops at once, the new one is rebuilt with its own links', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    await renameProject(u.claims, { projectId: u.projectId, name: 'Moved', slug: `${u.slug}-new` });
    await runJobs();
    expect((await get(u.slug, '/')).status).toBe(404);
    const home = new TextDecoder().decode((await get(`${u.slug}-new`, '/')).body!);
    expect(home).toContain(`<link rel="canonical" href="http://${u.slug}-new.sites.test/"`);
    expect(home).not.toContain(`//${u.slug}.sites.test`);
    const run = await latestRun('move-site-address', 'projectId', u.projectId);
    expect(run).toMatchObject({ status: 'succeeded', output: { rebuilt: true } });
    // An unchanged address: nothing to rebuild.
    const same = { projectId: u.projectId, slug: `${u.slug}-new`, previousSlug: `${u.slug}-new`, changedBy: u.id };
    expect(await moveSiteAddress(same)).toBe(false);
  });

  it('a build whose job was lost is shown as interrupted, and the cron safety net closes it with a reason', async () => {
    const u = await ownerWithDraft();
    const lost = await queuedDeployment(u);
    await handle.db
      .update(deployments)
      .set({ createdAt: new Date(Date.now() - STALLED_AFTER_MS - 60_000) })
      .where(eq(deployments.id, lost.id));
    const before = await listDeployments(u.claims, { projectId: u.projectId });
    expect(before.deployments[0]).toMatchObject({ id: lost.id, status: 'queued', isStalled: true });
    const fresh = await publishAndWait(u);
    expect(await failStalledDeployments()).toBeGreaterThanOrEqual(1);
    const after = await listDeployments(u.claims, { projectId: u.projectId });
    const failed = after.deployments.find((d) => d.id === lost.id);
    expect(failed).toMatchObject({ status: 'failed' });
    expect(renderStoredErrorMessage(failed!.error!, 'en')).toBe('This build was interrupted before it finished. Publish again.');
    expect(after.deployments.find((d) => d.id === fresh.id)).toMatchObject({ status: 'ready', isLive: true, isStalled: false });
  });

  it('every member sees who published a deployment; another tenant sees nothing', async () => {
    const owner = await ownerWithDraft();
    const editor = await createTestUser(handle, { tier: 'pro' });
    await handle.db.insert(projectMembers).values({ projectId: owner.projectId, userId: editor.id, role: 'editor' });
    const d = await publishAndWait(owner);
    const seenByEditor = await listDeployments(editor.claims, { projectId: owner.projectId });
    expect(seenByEditor.deployments[0]).toMatchObject({ id: d.id, createdByEmail: owner.email });
    const stranger = await createTestUser(handle, { tier: 'pro' });
    expect(await listDeployments(stranger.claims, { projectId: owner.projectId })).toEqual({ project: null, deployments: [] });
    const emails = await withRlsEmails(stranger, owner.projectId);
    expect(emails).toEqual([]);
  });

  it('another tenant cannot publish, roll back or unpublish my project, and nothing changes', async () => {
    const a = await ownerWithDraft();
    const b = await ownerWithDraft();
    const d = await publishAndWait(a);
    await expect(requestPublish(b.claims, { projectId: a.projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(unpublishProject(b.claims, { projectId: a.projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rollbackDeployment(b.claims, { projectId: a.projectId, deploymentId: d.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDeployments(b.claims, { projectId: a.projectId })).deployments).toEqual([]);
    expect(await liveState(a.projectId)).toEqual({ isPublished: true, activeDeploymentId: d.id });
    expect(await handle.db.select().from(deployments).where(eq(deployments.projectId, a.projectId))).toHaveLength(1);
  });
});
