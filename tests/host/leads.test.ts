import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { withRls } from '@/lib/db/with-rls';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { runJobs } from '@tests/helpers/jobs';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/generate/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { recordLead, LEAD_RATE_LIMIT, LEAD_SITE_RATE_LIMIT } from '@/modules/host/record-lead';
import { leadResponsePage, safeBackPath } from '@/modules/host/lead-response-page';
import { listLeads } from '@/modules/host/list-leads';
import { leads } from '@/modules/host/schema';

let handle: DbHandle;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  await handle.close();
});

async function publishedSite() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Leads ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  return { user, project, host: `${project.slug}.sites.test` };
}

const form = {
  name: 'Maria',
  email: 'maria@example.com',
  message: 'Do you deliver on Sundays?',
  section_id: 'contact',
  page: '',
  locale: 'pt-BR',
  company_website: '',
};

describe('lead form', () => {
  it('stores a submission for the site owner, who sees it; another tenant sees nothing and cannot delete it', async () => {
    const { user, project, host } = await publishedSite();
    const other = await publishedSite();
    expect((await recordLead({ host, ip: '203.0.113.1', form })).status).toBe('stored');
    const mine = await listLeads(user.claims, { projectId: project.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ name: 'Maria', email: 'maria@example.com', locale: 'pt-BR' });

    expect(await listLeads(other.user.claims, { projectId: project.id })).toEqual([]);
    expect(await listLeads(other.user.claims)).toEqual([]);
    const deleted = await withRls(other.user.claims, (tx) =>
      tx.delete(leads).where(eq(leads.projectId, project.id)).returning({ id: leads.id }),
    );
    expect(deleted).toEqual([]);
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toHaveLength(1);
  });

  it('drops honeypot submissions without telling the bot', async () => {
    const { project, host } = await publishedSite();
    expect((await recordLead({ host, ip: '203.0.113.2', form: { ...form, company_website: 'http://spam.example' } })).status).toBe('spam');
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toEqual([]);
  });

  it('rate-limits one visitor per site', async () => {
    const { project, host } = await publishedSite();
    const statuses = [];
    for (let i = 0; i < LEAD_RATE_LIMIT.limit + 2; i++) statuses.push((await recordLead({ host, ip: '203.0.113.3', form })).status);
    expect(statuses.filter((s) => s === 'stored')).toHaveLength(LEAD_RATE_LIMIT.limit);
    expect(statuses.at(-1)).toBe('rate_limited');
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toHaveLength(LEAD_RATE_LIMIT.limit);
    // Another visitor is not affected.
    expect((await recordLead({ host, ip: '203.0.113.4', form })).status).toBe('stored');
  });

  it('caps a site as a whole, so rotating (or forged) visitor addresses cannot flood an inbox', async () => {
    const { project, host } = await publishedSite();
    const other = await publishedSite();
    const statuses = [];
    for (let i = 0; i < LEAD_SITE_RATE_LIMIT.limit + 3; i++)
      statuses.push((await recordLead({ host, ip: `198.51.100.${i}`, form })).status);
    expect(statuses.filter((s) => s === 'stored')).toHaveLength(LEAD_SITE_RATE_LIMIT.limit);
    expect(statuses.at(-1)).toBe('rate_limited');
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toHaveLength(LEAD_SITE_RATE_LIMIT.limit);
    // Another site is not affected.
    expect((await recordLead({ host: other.host, ip: '198.51.100.1', form })).status).toBe('stored');
  });

  it('answers with a page in the site language, styled by the site, with the site headers and a same-site back link', async () => {
    const { host } = await publishedSite();
    const outcome = await recordLead({ host, ip: '203.0.113.9', form });
    const page = leadResponsePage(outcome, '/pt-BR/', true);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="pt-BR">');
    expect(page.body).toMatch(/<link rel="stylesheet" href="\/assets\/site\.[0-9a-f]+\.css">/);
    // The site's icon, so the browser does not ask for /favicon.ico (a 404).
    const icon = page.body.match(/<link rel="icon" href="\/(assets\/icon\.[0-9a-f]+\.svg)">/)?.[1];
    expect(icon).toBeTruthy();
    expect(outcome.site!.manifest.files[icon!]).toBeDefined();
    expect(page.body).toContain('<main class="sec"><div class="wrap">');
    expect(page.body).toContain('href="/pt-BR/"');
    expect(page.headers).toMatchObject({
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(page.headers['Strict-Transport-Security']).toContain('max-age=');
    const gone = leadResponsePage(await recordLead({ host: 'ghost.sites.test', ip: '203.0.113.9', form }), '/');
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('This site is not accepting messages right now.');
  });

  it('never links back off the site', () => {
    for (const path of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/a"onmouseover="x'])
      expect(safeBackPath(path), path).toBe('/');
    for (const path of ['/', '/pt-BR/', '/blog/first-post']) expect(safeBackPath(path)).toBe(path);
  });

  it('rejects empty submissions and unknown hosts', async () => {
    const { host } = await publishedSite();
    expect((await recordLead({ host, ip: '203.0.113.5', form: { name: 'x' } })).status).toBe('invalid');
    expect((await recordLead({ host: 'ghost.sites.test', ip: '203.0.113.5', form })).status).toBe('no_site');
  });
});
