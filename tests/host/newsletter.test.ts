import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { withRls } from '@/lib/db/with-rls';
import { emailOutbox } from '@/lib/email/schema';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { runJobs } from '@tests/helpers/jobs';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { recordLead, LEAD_RATE_LIMIT } from '@/modules/host/record-lead';
import { confirmNewsletter } from '@/modules/host/confirm-newsletter';
import { leadResponsePage, newsletterConfirmedPage, newsletterConfirmPage } from '@/modules/host/lead-response-page';
import { leads } from '@/modules/host/schema';

// Double opt-in for a published site's newsletter form: the sign-up lands with the leads as
// pending, a confirmation mail goes to the address, and only the link's Confirm button makes it a
// subscriber — once, on that site.

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
  const project = await createProject(user.claims, { name: `News ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  return { user, project, host: `${project.slug}.sites.test` };
}

const signUp = (host: string, email: string, ip = '203.0.113.20', locale = 'pt-BR') =>
  recordLead({
    host,
    ip,
    form: { form_kind: 'newsletter', email, consent: 'yes', section_id: 'newsletter', page: '', locale, company_website: '' },
    siteOrigin: `https://${host}`,
  }).then(async (outcome) => {
    // The confirmation mail is sent by a job, after the sign-up is stored.
    await runJobs();
    return outcome;
  });

async function mailsTo(address: string) {
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

function tokenIn(text: string, host: string): string {
  const match = new RegExp(`https://${host.replace(/\./g, '\\.')}/__forms/confirm\\?token=([A-Za-z0-9_-]+)&l=pt-BR`).exec(text);
  if (!match) throw new Error('no confirm link in the mail');
  return match[1]!;
}

describe('newsletter sign-up with double opt-in', () => {
  it('files a pending sign-up with the leads and mails a confirm link in the visitor’s language; Confirm makes it a subscriber once', async () => {
    const { user, project, host } = await publishedSite();
    const email = `ana.${project.id.slice(0, 6)}@example.com`;
    const outcome = await signUp(host, email);
    expect(outcome).toMatchObject({ status: 'stored', purpose: 'newsletter' });
    // The visitor is told to check their inbox, not "message sent".
    expect((await leadResponsePage(outcome, '/')).body).toContain('Confira seu e-mail');

    const [row] = await handle.db.select().from(leads).where(eq(leads.projectId, project.id));
    expect(row).toMatchObject({ kind: 'newsletter', email, confirmedAt: null });
    // The visitor's explicit consent is kept with the sign-up: when, and the words they agreed to.
    expect(row!.consentedAt).toBeInstanceOf(Date);
    expect(row!.consentText).toMatch(/^Aceito receber novidades de .+ por e-mail\./);
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ template: 'newsletter_confirm', subject: `Confirme sua inscrição em ${host}` });
    const token = tokenIn(mail!.textBody!, host);
    // An admin reading the outbox sees the link masked (showing it is the audited reveal).
    expect(mail!.textRedacted).toContain('/__forms/confirm?token=••••••');
    expect(mail!.textRedacted).not.toContain(token);
    // Only the token's hash is stored.
    expect(row!.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);

    // Opening the link shows a button; it confirms nothing by itself.
    const page = await newsletterConfirmPage(outcome.site, token, 'pt-BR');
    expect(page.body).toContain(`name="t" value="${token}"`);
    expect((await handle.db.select().from(leads).where(eq(leads.projectId, project.id)))[0]!.confirmedAt).toBeNull();

    // Another site's host cannot use it; the site's own Confirm can, once.
    const other = await publishedSite();
    expect((await confirmNewsletter({ host: other.host, token })).status).toBe('invalid');
    const confirmed = await confirmNewsletter({ host, token });
    expect(confirmed.status).toBe('confirmed');
    expect((await newsletterConfirmedPage(confirmed)).status).toBe(200);
    expect((await confirmNewsletter({ host, token })).status).toBe('invalid');
    const [after] = await handle.db.select().from(leads).where(eq(leads.projectId, project.id));
    expect(after!.confirmedAt).toBeInstanceOf(Date);
    expect(after!.confirmTokenHash).toBeNull();

    // The owner sees the subscriber with the leads; the token hash is out of the request role's reach.
    const visible = await withRls(user.claims, (tx) =>
      tx
        .select({ kind: leads.kind, email: leads.email, confirmedAt: leads.confirmedAt })
        .from(leads)
        .where(eq(leads.projectId, project.id)),
    );
    expect(visible).toEqual([{ kind: 'newsletter', email, confirmedAt: expect.any(Date) }]);
    await expect(
      withRls(user.claims, (tx) => tx.execute(sql`select confirm_token_hash from public.leads where project_id = ${project.id}`)),
    ).rejects.toThrow();
  });

  it('sends no second mail to an address already subscribed or asked today, and says the same either way', async () => {
    const { project, host } = await publishedSite();
    const email = `rui.${project.id.slice(0, 6)}@example.com`;
    await signUp(host, email, '203.0.113.21');
    const again = await signUp(host, email.toUpperCase(), '203.0.113.22');
    expect(again).toMatchObject({ status: 'stored', purpose: 'newsletter' });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await mailsTo(email.toUpperCase())).toHaveLength(0);
    expect(
      await handle.db
        .select()
        .from(leads)
        .where(and(eq(leads.projectId, project.id), eq(leads.kind, 'newsletter'))),
    ).toHaveLength(1);
  });

  it('needs an address, ignores bots, refuses junk tokens and is rate-limited like the contact form', async () => {
    const { project, host } = await publishedSite();
    expect((await recordLead({ host, ip: '203.0.113.23', form: { form_kind: 'newsletter', message: 'hi', locale: 'en' } })).status).toBe(
      'invalid',
    );
    // No consent, no sign-up: the form comes back in the site's language with the address kept.
    const unticked = await recordLead({
      host,
      ip: '203.0.113.23',
      form: { form_kind: 'newsletter', email: 'maybe@example.com', section_id: 'newsletter', page: '', locale: 'pt-BR' },
    });
    expect(unticked).toMatchObject({
      status: 'invalid',
      purpose: 'newsletter',
      problems: [{ field: 'consent', problem: 'consentMissing' }],
    });
    const again = await leadResponsePage(unticked, '/pt-BR/');
    expect(again.status).toBe(400);
    expect(again.body).toContain('value="maybe@example.com"');
    expect(again.body).toContain('Marque a caixa para aceitar receber nossos e-mails.');
    expect(again.body).toMatch(/<input id="again_consent" name="consent" type="checkbox" value="yes" required aria-invalid="true"/);
    await runJobs();
    expect(await mailsTo('maybe@example.com')).toHaveLength(0);
    const bot = await recordLead({
      host,
      ip: '203.0.113.23',
      form: { form_kind: 'newsletter', email: 'bot@example.com', company_website: 'http://spam.example' },
    });
    expect(bot.status).toBe('spam');
    expect(await mailsTo('bot@example.com')).toHaveLength(0);
    for (const token of ['', 'short', 'x'.repeat(500), "'; drop table leads; --"])
      expect((await confirmNewsletter({ host, token })).status).toBe('invalid');

    const statuses = [];
    for (let i = 0; i < LEAD_RATE_LIMIT.limit + 2; i++)
      statuses.push((await signUp(host, `n${i}.${project.id.slice(0, 6)}@example.com`, '203.0.113.24')).status);
    expect(statuses.filter((status) => status === 'stored')).toHaveLength(LEAD_RATE_LIMIT.limit);
    expect(statuses.at(-1)).toBe('rate_limited');
  });
});
