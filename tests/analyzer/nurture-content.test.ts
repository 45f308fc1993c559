import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nurtureLeadJob } from '~inngest/functions/nurture-lead';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { captureLead } from '@/modules/analyzer/capture-lead';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { inRequestScope } from '@tests/helpers/next-request-scope';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb } from '@tests/helpers/test-db';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);

// What each nurture mail says (the schedule itself is in leads.test.ts): day 3 tips for the
// lead's lowest score, day 7 an example of a slow site made fast next to their own load time,
// day 14 their biggest win (the report's top opportunity), day 30 the offer — each in the lead's
// language with its numbers, and each with a one-click unsubscribe that works.

const DAY = 24 * 60 * 60 * 1000;
let handle: DbHandle;
beforeAll(async () => {
  process.env.APP_URL = 'http://app.test';
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-nurture-'));
  delete process.env.HUBSPOT_TOKEN;
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const base = { formFactor: 'mobile', screenshot: null, blockedRequests: 0, lighthouseVersion: '12.0.0', durationMs: 9000 } as const;

/** Accessibility is the lowest score; heavy images are the biggest win. */
const ACCESSIBILITY_WORST: Omit<AnalysisResult, 'url' | 'finalUrl'> = {
  ...base,
  scores: { performance: 91, accessibility: 38, 'best-practices': 75, seo: 64 },
  metrics: [{ id: 'lcp', value: 5200, rating: 'poor' }],
  opportunities: [
    { id: 'uses-optimized-images', savingsMs: 2100, savingsBytes: 2_400_000, totalBytes: 3_200_000 },
    { id: 'render-blocking-resources', savingsMs: 600, savingsBytes: null, totalBytes: null },
  ],
};
/** Performance is the lowest score; blocking styles and scripts are the biggest win. */
const PERFORMANCE_WORST: Omit<AnalysisResult, 'url' | 'finalUrl'> = {
  ...base,
  scores: { performance: 23, accessibility: 95, 'best-practices': 80, seo: 88 },
  metrics: [{ id: 'lcp', value: 12_300, rating: 'poor' }],
  opportunities: [{ id: 'render-blocking-resources', savingsMs: 1200, savingsBytes: null, totalBytes: null }],
};

type Lead = { email: string; host: string; leadId: string };

async function capture(result: Omit<AnalysisResult, 'url' | 'finalUrl'>, locale: 'en' | 'pt-BR', now: Date): Promise<Lead> {
  const host = `loja-${randomUUID().slice(0, 8)}.example`;
  const url = `https://${host}/`;
  const [row] = await handle.db
    .insert(analyzerAnalyses)
    .values({ url, host, status: 'done', result: { ...result, url, finalUrl: url } })
    .returning({ id: analyzerAnalyses.id });
  const email = `nurture-${randomUUID().slice(0, 8)}@example.com`;
  const { leadId } = await captureLead(
    { analysisId: row!.id, email, intent: 'report', consent: true, clientIp: `198.51.100.${randomUUID()}`, locale },
    { now },
  );
  return { email, host, leadId };
}

/** The nurture mails a lead got, by kind, with their text on one line. */
async function nurtureMails(email: string) {
  const rows = await handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email), like(emailOutbox.template, 'analyzer_lead_day%')))
    .orderBy(asc(emailOutbox.createdAt));
  return Object.fromEntries(
    rows.map((row) => [
      row.template.replace('analyzer_lead_', ''),
      { subject: row.subject, text: (row.textBody ?? '').replace(/\s+/g, ' '), html: row.htmlBody ?? '', headers: row.headers },
    ]),
  );
}

const TIPS = {
  accessibility: [
    'Give every image a short description (alt text) and every button and link a clear name.',
    'Make text contrast strong enough to read in sunlight on a phone.',
    'Keep buttons at least 48 px tall, so a thumb can press them.',
  ],
  performance: [
    'Compress your photos and serve them as WebP or AVIF, at the size they are shown.',
    "Load scripts you don't need at once (chat, analytics, widgets) after the page shows.",
    'Use a host with a CDN, so the page comes from near your visitors.',
  ],
  performancePt: [
    'Comprima suas fotos e sirva-as em WebP ou AVIF, no tamanho em que aparecem.',
    'Carregue scripts que não são necessários de imediato (chat, estatísticas, widgets) depois que a página aparecer.',
    'Use uma hospedagem com CDN, para a página vir de perto dos seus visitantes.',
  ],
};

describe('the nurture mails’ content', () => {
  it('ties each day’s mail to the lead’s own report, in their language, and every one unsubscribes in one click', async () => {
    const start = new Date();
    const ana = await capture(ACCESSIBILITY_WORST, 'en', start);
    const bia = await capture(PERFORMANCE_WORST, 'en', start);
    const caio = await capture(ACCESSIBILITY_WORST, 'pt-BR', start);
    const clock = { now: start };
    const engine = testJobEngine([nurtureLeadJob], { now: () => clock.now });
    for (const day of [0, 3, 7, 14, 30]) {
      clock.now = new Date(Math.max(start.getTime() + day * DAY, Date.now()));
      await engine.drain();
    }
    const [a, b, c] = await Promise.all([nurtureMails(ana.email), nurtureMails(bia.email), nurtureMails(caio.email)]);
    for (const mails of [a, b, c]) expect(Object.keys(mails)).toEqual(['day3', 'day7', 'day14', 'day30']);

    // Day 3: tips for the lowest score — two leads with different lowest scores get different tips.
    expect(a.day3!.subject).toBe("3 quick fixes for your site's Accessibility");
    expect(a.day3!.text).toContain(`On ${ana.host}, Accessibility scored 38 out of 100 on a phone.`);
    for (const tip of TIPS.accessibility) expect(a.day3!.text).toContain(tip);
    for (const tip of TIPS.performance) expect(a.day3!.text).not.toContain(tip);
    expect(b.day3!.subject).toBe("3 quick fixes for your site's Performance");
    expect(b.day3!.text).toContain(`On ${bia.host}, Performance scored 23 out of 100 on a phone.`);
    for (const tip of TIPS.performance) expect(b.day3!.text).toContain(tip);
    for (const tip of TIPS.accessibility) expect(b.day3!.text).not.toContain(tip);
    expect(c.day3!.subject).toBe('3 melhorias rápidas para Acessibilidade do seu site');
    expect(c.day3!.text).toContain(`Em ${caio.host}, Acessibilidade teve nota 38 de 100 no celular.`);
    for (const tip of TIPS.performancePt) expect(c.day3!.text).not.toContain(tip);

    // Day 7: the example of a slow site made fast, next to the lead's own load time (their LCP).
    expect(a.day7!.subject).toBe('From 8 seconds to under 2: a slow site made fast');
    expect(a.day7!.text).toContain("a family bakery's site took 8 seconds to show its first photo");
    expect(a.day7!.text).toContain(`On your check-up, the main content of ${ana.host} took 5.2 s to show up.`);
    expect(b.day7!.text).toContain(`the main content of ${bia.host} took 12.3 s to show up.`);
    expect(c.day7!.subject).toBe('De 8 segundos para menos de 2: um site lento que ficou rápido');
    expect(c.day7!.text).toContain(`Na sua análise, o conteúdo principal de ${caio.host} levou 5,2 s para aparecer.`);

    // Day 14: the biggest win, the report's top opportunity in plain words.
    expect(a.day14!.subject).toBe(`Your biggest win on ${ana.host}`);
    expect(a.day14!.text).toContain(
      'If you change only one thing, make it this one: Your images weigh 3.2 MB; compressing them would make the page show up about 2.1 s sooner',
    );
    expect(a.day14!.text).not.toContain('Styles and scripts hold the first paint back');
    expect(b.day14!.text).toContain(
      'Styles and scripts hold the first paint back; loading them later would show the page about 1.2 s sooner',
    );
    expect(c.day14!.text).toContain(
      'Se for mudar só uma coisa, que seja esta: Suas imagens pesam 3,2 MB; comprimi-las faria a página aparecer cerca de 2,1 s mais cedo',
    );

    // Day 30: the offer — start free, no card — with a way to sign up.
    expect(a.day30!.subject).toBe('Start your faster site, free');
    expect(a.day30!.text).toContain(`A month ago you checked ${ana.host}.`);
    expect(a.day30!.text).toContain('Start on the free plan, no card needed');
    expect(a.day30!.html).toContain('href="http://app.test/sign-up"');
    expect(c.day30!.subject).toBe('Comece seu site mais rápido, de graça');
    expect(c.day30!.text).toContain('Comece no plano gratuito, sem cartão');

    // Every nurture mail names the one-click endpoint (RFC 8058) and its POST, as a mail client
    // sends it (no cookies), stops the mails to that address.
    const { POST } = await import('@/app/api/analyzer/unsubscribe/route');
    for (const [lead, mails] of [
      [ana, a],
      [bia, b],
      [caio, c],
    ] as const) {
      for (const mail of Object.values(mails)) {
        expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
        const target = /^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1];
        expect(target).toBeDefined();
        const url = new URL(target!);
        expect(`${url.origin}${url.pathname}`).toBe('http://app.test/api/analyzer/unsubscribe');
        const response = await inRequestScope({}, () =>
          POST(
            new Request(url, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: 'List-Unsubscribe=One-Click',
            }),
          ),
        );
        expect(response.status).toBe(200);
      }
      const [row] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, lead.leadId));
      expect(row!.nurtureState).toBe('unsubscribed');
    }
  });
});
