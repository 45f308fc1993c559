import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
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
import { getBlobStore, setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { runJobs } from '@tests/helpers/jobs';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { leadFieldSpecs, QUESTION_LABEL_MAX_LENGTH, questionFieldNames } from '@/modules/document/lead-forms';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { requestPublish } from '@/modules/host/request-publish';
import { recordLead, LEAD_RATE_LIMIT, LEAD_SITE_RATE_LIMIT } from '@/modules/host/record-lead';
import { leadResponsePage, safeBackPath } from '@/modules/host/lead-response-page';
import { listLeads } from '@/modules/host/list-leads';
import { leads } from '@/modules/host/schema';
import { listNotifications } from '@/modules/notifications/list-notifications';

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

async function publishedSite(document: SiteDocument = veganBakery) {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Leads ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document, source: 'generate' });
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
    const page = await leadResponsePage(outcome, '/pt-BR/', true);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="pt-BR">');
    // The site's CSS embedded as its pages embed it — nothing render-blocking — and allowed by its
    // hash in this answer's CSP, never 'unsafe-inline'.
    expect(page.body).not.toMatch(/<link[^>]+rel="?stylesheet/i);
    const cssPath = Object.keys(outcome.site!.manifest.files).find((file) => /^assets\/site\.[0-9a-f]+\.css$/.test(file))!;
    const siteCss = (await getBlobStore().get(`blobs/${outcome.site!.manifest.files[cssPath]!.sha256}`))!.body;
    const inline = page.body.match(/<style>([\s\S]*?)<\/style>/)?.[1];
    expect(inline).toBe(new TextDecoder().decode(siteCss));
    const csp = page.headers['Content-Security-Policy']!;
    expect(csp).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(inline!, 'utf8').digest('base64')}'`);
    expect(csp).not.toContain('unsafe-inline');
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
    const gone = await leadResponsePage(await recordLead({ host: 'ghost.sites.test', ip: '203.0.113.9', form }), '/');
    expect(gone.status).toBe(404);
    // No site to take its language from: the form's own (pt-BR).
    expect(gone.body).toContain('Este site não está recebendo mensagens no momento.');
  });

  it('files a booking and a quote request under their purpose with every field; the owner sees them and is notified', async () => {
    const { user, project, host } = await publishedSite();
    const booking = {
      form_kind: 'booking',
      name: 'Rita',
      email: 'rita@example.com',
      date: '2027-03-14',
      time: '15:30',
      service: 'Corte',
      section_id: 'contact',
      page: '',
      locale: 'pt-BR',
    };
    const stored = await recordLead({ host, ip: '203.0.113.30', form: booking });
    expect(stored).toMatchObject({ status: 'stored', purpose: 'booking' });
    // The thank-you is for a booking, in the form's language, and shows what went through.
    const thanks = await leadResponsePage(stored, '/pt-BR/');
    expect(thanks.status).toBe(200);
    expect(thanks.body).toContain('Seu pedido de agendamento foi enviado.');
    expect(thanks.body).toContain('<dt>Horário</dt><dd>15:30</dd>');
    const quote = {
      form_kind: 'quote',
      phone: '+351 912 345 678',
      address: 'Rua Augusta 1, Lisboa',
      message: 'Pintar 2 quartos',
      locale: 'en',
    };
    expect((await recordLead({ host, ip: '203.0.113.31', form: quote })).status).toBe('stored');

    const mine = await listLeads(user.claims, { projectId: project.id });
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'booking', name: 'Rita', details: { date: '2027-03-14', time: '15:30', service: 'Corte' } }),
        expect.objectContaining({
          kind: 'quote',
          phone: '+351 912 345 678',
          message: 'Pintar 2 quartos',
          details: { address: 'Rua Augusta 1, Lisboa' },
        }),
      ]),
    );
    await runJobs();
    const inbox = await listNotifications(user.claims);
    // A booking has no message: the owner's notification says when and what.
    expect(inbox.map((item) => item.params.messagePreview)).toEqual(
      expect.arrayContaining(['2027-03-14 15:30 · Corte', 'Pintar 2 quartos']),
    );
  });

  it('gives a refused form back in the site language with what was typed, on the site’s own page', async () => {
    const { project, host } = await publishedSite();
    const typo = {
      form_kind: 'quote',
      name: 'Zé <b>',
      email: 'ze@example',
      service: 'Telhado',
      section_id: 'contact',
      page: '',
      locale: 'pt-BR',
    };
    const outcome = await recordLead({ host, ip: '203.0.113.32', form: typo });
    expect(outcome).toMatchObject({ status: 'invalid', purpose: 'quote', problems: [{ field: 'email', problem: 'emailInvalid' }] });
    const page = await leadResponsePage(outcome, '/pt-BR/');
    expect(page.status).toBe(400);
    expect(page.body).toContain('<html lang="pt-BR">');
    expect(page.body).not.toMatch(/<link[^>]+rel="?stylesheet/i);
    expect(page.body).toMatch(/<style>[^<]+<\/style>/);
    expect(page.body).toContain('<h1>Confira o formulário</h1>');
    // The form again: same purpose and place, every value kept (escaped), the problem beside its field.
    expect(page.body).toContain(
      '<form class="form card" method="post" action="/__forms/lead"><input type="hidden" name="form_kind" value="quote">',
    );
    expect(page.body).toContain('value="Zé &lt;b&gt;"');
    expect(page.body).toContain('value="ze@example" aria-invalid="true" aria-describedby="again_email_err"');
    expect(page.body).toContain('Este e-mail não parece correto.');
    expect(page.body).toContain('value="Telhado"');
    expect(page.body).not.toContain('<b>');
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toEqual([]);
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

  describe("the person's own questions (issue 31)", () => {
    /** The bakery with a quote form asking a phone and two questions of the owner's own, worded per language. */
    function withQuestions(): SiteDocument {
      const doc = structuredClone(veganBakery);
      const contact = doc.pages[0]!.sections.find((section) => section.type === 'contact');
      if (!contact || contact.type !== 'contact') throw new Error('the fixture has a contact section');
      contact.form = {
        purpose: 'quote',
        submitKey: 'contact.form.submit',
        fields: [
          { name: 'phone', labelKey: 'contact.form.phone', isRequired: true },
          { name: 'question1', labelKey: 'contact.form.q1', isRequired: false },
          { name: 'question2', labelKey: 'contact.form.q2', isRequired: false },
        ],
      };
      const words = { en: ['Glass type', 'Measurements'], 'pt-BR': ['Tipo de vidro', 'Medidas'] } as const;
      for (const locale of ['en', 'pt-BR'] as const) {
        doc.i18n.strings[locale] = {
          ...doc.i18n.strings[locale],
          'contact.form.phone': 'WhatsApp',
          'contact.form.submit': 'OK',
          'contact.form.q1': words[locale][0],
          'contact.form.q2': words[locale][1],
        };
      }
      return doc;
    }
    const quote = { form_kind: 'quote', phone: '+55 41 99999 0000', section_id: 'contact', page: '', locale: 'pt-BR' };

    it("stores each answer with its question as the published form worded it, in the visitor's language", async () => {
      const { user, project, host } = await publishedSite(withQuestions());
      const form = { ...quote, question1: 'Temperado', question2: '2 x 1,5 m', question3: 'not on this form' };
      const stored = await recordLead({ host, ip: '203.0.113.40', form });
      expect(stored.status).toBe('stored');
      const [lead] = await listLeads(user.claims, { projectId: project.id });
      expect(lead?.details).toEqual({
        question1: { label: 'Tipo de vidro', answer: 'Temperado' },
        question2: { label: 'Medidas', answer: '2 x 1,5 m' },
        // A question the published form does not ask is kept, under a generic name, never a posted label.
        question3: { label: 'Pergunta 3', answer: 'not on this form' },
      });
      // The thank-you lists the answers under their questions.
      expect((await leadResponsePage(stored, '/pt-BR/')).body).toContain('<dt>Tipo de vidro</dt><dd>Temperado</dd>');
      // In English, the English words.
      await recordLead({ host, ip: '203.0.113.41', form: { ...form, question3: '', locale: 'en' } });
      const english = (await listLeads(user.claims, { projectId: project.id })).find((entry) => entry.locale === 'en');
      expect(english?.details).toEqual({
        question1: { label: 'Glass type', answer: 'Temperado' },
        question2: { label: 'Measurements', answer: '2 x 1,5 m' },
      });
      await runJobs();
      const inbox = await listNotifications(user.claims);
      expect(inbox.map((item) => item.params.messagePreview)).toContain(
        'Tipo de vidro: Temperado · Medidas: 2 x 1,5 m · Pergunta 3: not on this form',
      );
    });

    it('refuses an over-long answer and draws the form again with the questions, their labels and what was typed', async () => {
      const { project, host } = await publishedSite(withQuestions());
      const long = 'x'.repeat(leadFieldSpecs.question2.maxLength + 1);
      const outcome = await recordLead({ host, ip: '203.0.113.42', form: { ...quote, question1: 'Laminado <b>', question2: long } });
      expect(outcome).toMatchObject({ status: 'invalid', problems: [{ field: 'question2', problem: 'tooLong' }] });
      const page = (await leadResponsePage(outcome, '/pt-BR/')).body;
      expect(page).toContain('<label for="again_question1">Tipo de vidro</label>');
      expect(page).toContain('name="question1" type="text" autocomplete="off" maxlength="300" value="Laminado &lt;b&gt;"');
      expect(page).toContain('<label for="again_question2">Medidas</label>');
      expect(page).toContain('aria-describedby="again_question2_err"');
      expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toEqual([]);
    });

    it('the database keeps the largest details a form can send, and refuses more', async () => {
      const { project } = await publishedSite();
      // Three UTF-8 bytes a character, every detail and question at its longest.
      const longest = (length: number) => '€'.repeat(length);
      const details = {
        date: longest(leadFieldSpecs.date.maxLength),
        time: longest(leadFieldSpecs.time.maxLength),
        service: longest(leadFieldSpecs.service.maxLength),
        address: longest(leadFieldSpecs.address.maxLength),
        ...Object.fromEntries(
          questionFieldNames.map((name) => [
            name,
            { label: longest(QUESTION_LABEL_MAX_LENGTH), answer: longest(leadFieldSpecs[name].maxLength) },
          ]),
        ),
      };
      const insert = (value: object) =>
        handle.db.insert(leads).values({ projectId: project.id, kind: 'quote', phone: '1', details: value }).returning({ id: leads.id });
      expect(await insert(details)).toHaveLength(1);
      await expect(insert({ ...details, service: longest(3000) })).rejects.toThrow();
      const [row] = rowsOf<{ bytes: number }>(
        await handle.db.execute(sql`select max(octet_length(details::text)) as bytes from public.leads where project_id = ${project.id}`),
      );
      expect(Number(row?.bytes)).toBeGreaterThan(4000);
    });
  });
});
