import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nurtureLeadJob } from '~inngest/functions/nurture-lead';
import { authUsers } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { captureLead } from '@/modules/analyzer/capture-lead';
import { leadInputSchema } from '@/modules/analyzer/lead-input';
import { createLeadUnsubscribeToken } from '@/modules/analyzer/lead-unsubscribe-token';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { createUnsubscribeToken } from '@/modules/notifications/unsubscribe-token';
import { inRequestScope } from '@tests/helpers/next-request-scope';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);

// The analyzer's leads on a real database: the capture (consent, one lead per address and
// analysis, limits), the report and welcome at once, the nurture sequence on days 3, 7, 14 and 30
// under a clock the test moves (the embedded job engine's sleeps), and what stops it — the
// one-click unsubscribe (a POST with no cookies) and a sign-up with the lead's address.

const DAY = 24 * 60 * 60 * 1000;
let handle: DbHandle;
beforeAll(async () => {
  process.env.APP_URL = 'http://app.test';
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-leads-'));
  delete process.env.HUBSPOT_TOKEN;
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const RESULT: AnalysisResult = {
  url: 'https://padaria.example/',
  finalUrl: 'https://padaria.example/',
  formFactor: 'mobile',
  scores: { performance: 91, accessibility: 38, 'best-practices': 75, seo: 64 },
  metrics: [
    { id: 'lcp', value: 5200, rating: 'poor' },
    { id: 'cls', value: 0.02, rating: 'good' },
  ],
  opportunities: [{ id: 'uses-optimized-images', savingsMs: 2100, savingsBytes: 2_400_000, totalBytes: 3_200_000 }],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 9000,
};

async function doneAnalysis(): Promise<string> {
  const host = `padaria-${randomUUID().slice(0, 8)}.example`;
  const [row] = await handle.db
    .insert(analyzerAnalyses)
    .values({ url: `https://${host}/`, host, status: 'done', result: { ...RESULT, url: `https://${host}/`, finalUrl: `https://${host}/` } })
    .returning({ id: analyzerAnalyses.id });
  return row!.id;
}

const freshEmail = () => `lead-${randomUUID().slice(0, 8)}@example.com`;
const freshIp = () => `198.51.100.${randomUUID()}`;

async function capture(email: string, options: { locale?: 'en' | 'pt-BR'; now?: Date; name?: string } = {}) {
  const analysisId = await doneAnalysis();
  const lead = await captureLead(
    { analysisId, email, name: options.name, intent: 'report', consent: true, clientIp: freshIp(), locale: options.locale ?? 'en' },
    { now: options.now },
  );
  return { analysisId, ...lead };
}

const mailsTo = (email: string) =>
  handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email), like(emailOutbox.template, 'analyzer_lead_%')))
    .orderBy(asc(emailOutbox.createdAt));
/** The nurture job on the embedded engine under the real clock (mails of today only). */
const engine = () => testJobEngine([nurtureLeadJob]);
const kindsTo = async (email: string) => (await mailsTo(email)).map((mail) => mail.template.replace('analyzer_lead_', ''));

/** The nurture job alone on the embedded engine, under a clock the test moves. */
function clockedEngine(start: Date) {
  const clock = { now: start };
  const engine = testJobEngine([nurtureLeadJob], { now: () => clock.now });
  return {
    /** Moves the clock to `offsetMs` after the capture (never behind the real clock: the outbox's
     * events carry the database's time) and runs everything due. */
    async at(offsetMs: number) {
      clock.now = new Date(Math.max(start.getTime() + offsetMs, Date.now()));
      await engine.drain();
    },
  };
}

async function oneClick(token: string, init: { body?: string } = {}): Promise<Response> {
  const { POST } = await import('@/app/api/analyzer/unsubscribe/route');
  // RFC 8058: the mail client's POST carries no cookies, only the form field.
  return inRequestScope({}, () =>
    POST(
      new Request(`http://app.test/api/analyzer/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: init.body ?? 'List-Unsubscribe=One-Click',
      }),
    ),
  );
}

describe('the nurture sequence', () => {
  it('sends the report and the welcome at once, then one mail on each of days 3, 7, 14 and 30', async () => {
    const email = freshEmail();
    const start = new Date();
    const { leadId } = await capture(email, { locale: 'pt-BR', now: start, name: 'Ana Souza' });
    const time = clockedEngine(start);

    await time.at(0);
    expect(await kindsTo(email)).toEqual(['report', 'welcome']);
    const [report, welcome] = await mailsTo(email);
    expect(report!.subject).toContain('A análise do seu site');
    expect(report!.textBody).toContain('3,2 MB'); // the worst opportunity, in pt-BR numbers
    expect(welcome!.subject).toBe('Boas-vindas à Page Magic, Ana Souza');

    const expected: [number, string[]][] = [
      [3 * DAY - 60_000, ['report', 'welcome']],
      [3 * DAY, ['report', 'welcome', 'day3']],
      [7 * DAY - 60_000, ['report', 'welcome', 'day3']],
      [7 * DAY, ['report', 'welcome', 'day3', 'day7']],
      [14 * DAY - 60_000, ['report', 'welcome', 'day3', 'day7']],
      [14 * DAY, ['report', 'welcome', 'day3', 'day7', 'day14']],
      [30 * DAY - 60_000, ['report', 'welcome', 'day3', 'day7', 'day14']],
      [30 * DAY, ['report', 'welcome', 'day3', 'day7', 'day14', 'day30']],
      [60 * DAY, ['report', 'welcome', 'day3', 'day7', 'day14', 'day30']],
    ];
    for (const [offset, kinds] of expected) {
      await time.at(offset);
      expect({ day: offset / DAY, kinds: await kindsTo(email) }).toEqual({ day: offset / DAY, kinds });
    }
    const mails = await mailsTo(email);
    // Day 3's tips are about the worst score (accessibility, 38), in the lead's language.
    expect(mails[2]!.subject).toBe('3 melhorias rápidas para Acessibilidade do seu site');
    // Every mail carries the one-click unsubscribe (RFC 8058) of this lead.
    const token = encodeURIComponent(createLeadUnsubscribeToken(leadId));
    for (const mail of mails) {
      expect(mail.headers).toEqual({
        'List-Unsubscribe': `<http://app.test/api/analyzer/unsubscribe?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
      expect(mail.htmlBody).toContain(`/analyze/unsubscribe?token=${token}`);
    }
    const [lead] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, leadId));
    expect(lead!.nurtureState).toBe('completed');
    expect(Object.keys(lead!.emailsSent).sort()).toEqual(['day14', 'day3', 'day30', 'day7', 'report', 'welcome']);
  });

  it('sends nothing more after a one-click unsubscribe (a POST without cookies), for every lead of the address', async () => {
    const email = freshEmail();
    const start = new Date();
    const { leadId } = await capture(email, { now: start });
    const time = clockedEngine(start);
    await time.at(3 * DAY);
    expect(await kindsTo(email)).toEqual(['report', 'welcome', 'day3']);

    const response = await oneClick(createLeadUnsubscribeToken(leadId));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });

    for (const day of [7, 14, 30, 45]) await time.at(day * DAY);
    expect(await kindsTo(email)).toEqual(['report', 'welcome', 'day3']);
    const [lead] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, leadId));
    expect(lead!.nurtureState).toBe('unsubscribed');
    expect(lead!.unsubscribedAt).not.toBeNull();
  });

  it('refuses a forged or foreign token and changes nothing', async () => {
    const email = freshEmail();
    const { leadId } = await capture(email);
    const token = createLeadUnsubscribeToken(leadId);
    const [id, signature] = token.split('.');
    const flipped = `${id}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    const otherLead = `${randomUUID()}.${signature}`;
    // A valid notifications token for the same uuid is signed for another purpose.
    const foreign = createUnsubscribeToken(leadId, 'lead.created');
    for (const bad of [flipped, otherLead, foreign, `${token}.x`, '', 'not-a-token']) {
      const response = await oneClick(bad);
      expect({ bad, status: response.status }).toEqual({ bad, status: 400 });
    }
    const [lead] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, leadId));
    expect(lead!.nurtureState).toBe('active');
    expect(lead!.unsubscribedAt).toBeNull();
  });

  it('stops once the address has a confirmed account (signing up from the report), and links the lead to it', async () => {
    const email = freshEmail();
    const start = new Date();
    const { leadId } = await capture(email, { now: start });
    const time = clockedEngine(start);
    await time.at(0);

    // Someone typing the address into the sign-up form proves nothing: the sequence goes on.
    const userId = randomUUID();
    await handle.db.insert(authUsers).values({ id: userId, email, emailConfirmedAt: null, createdAt: new Date(), rawUserMetaData: {} });
    await time.at(3 * DAY);
    expect(await kindsTo(email)).toEqual(['report', 'welcome', 'day3']);

    // The owner follows the confirmation link on day 5.
    const confirmedAt = new Date(start.getTime() + 5 * DAY);
    await handle.db.update(authUsers).set({ emailConfirmedAt: confirmedAt }).where(eq(authUsers.id, userId));
    for (const day of [7, 14, 30]) await time.at(day * DAY);
    expect(await kindsTo(email)).toEqual(['report', 'welcome', 'day3']);
    const [lead] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, leadId));
    expect(lead).toMatchObject({ nurtureState: 'signed_up', userId, signedUpAt: confirmedAt });
  });

  it('a lead whose address already has an account gets the report and welcome it asked for, and no nurture', async () => {
    const user = await createTestUser(handle, { email: freshEmail() });
    const start = new Date();
    await capture(user.email, { now: start });
    const time = clockedEngine(start);
    for (const day of [0, 3, 7, 30]) await time.at(day * DAY);
    expect(await kindsTo(user.email)).toEqual(['report', 'welcome']);
  });
});

describe('captureLead', () => {
  it('needs the consent box ticked and a real address (the form schema)', () => {
    const base = { analysisId: randomUUID(), email: ' Ana@Example.COM ', intent: 'report' };
    expect(leadInputSchema.safeParse(base).success).toBe(false);
    expect(leadInputSchema.safeParse({ ...base, consent: 'off' }).success).toBe(false);
    expect(leadInputSchema.safeParse({ ...base, consent: 'on', email: 'not-an-email' }).success).toBe(false);
    expect(leadInputSchema.safeParse({ ...base, consent: 'on', phone: '<script>' }).success).toBe(false);
    expect(leadInputSchema.parse({ ...base, consent: 'on', name: '', phone: '+55 (11) 98765-4321' })).toEqual({
      analysisId: base.analysisId,
      email: 'ana@example.com',
      name: undefined,
      phone: '+55 (11) 98765-4321',
      company: undefined,
      intent: 'report',
      consent: true,
    });
  });

  it('lets a visitor try the product without the consent box: "Build me a faster site" unticked records and sends nothing', async () => {
    // The schema: the report needs the tick, building does not (and reads an unticked box as no consent).
    const base = { analysisId: randomUUID(), email: 'ana@example.com' };
    expect(leadInputSchema.safeParse({ ...base, intent: 'report' }).error?.issues[0]?.path).toEqual(['consent']);
    expect(leadInputSchema.parse({ ...base, intent: 'build' })).toMatchObject({ intent: 'build', consent: false });
    expect(leadInputSchema.parse({ ...base, intent: 'build', consent: 'on' })).toMatchObject({ intent: 'build', consent: true });

    // The form's action, as the browser posts it.
    const { captureLeadAction } = await import('@/modules/analyzer/lead-actions');
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return inRequestScope({ headers: { 'x-forwarded-for': freshIp() } }, () => captureLeadAction(null, form));
    };
    const analysisId = await doneAnalysis();
    const untickedEmail = freshEmail();
    expect(await post({ analysisId, email: untickedEmail, intent: 'build' })).toEqual({
      ok: true,
      data: { isNew: false, isRecorded: false, email: untickedEmail, intent: 'build' },
    });
    expect(await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.email, untickedEmail))).toEqual([]);
    await engine().drain();
    expect(await kindsTo(untickedEmail)).toEqual([]);

    // Ticked, the consent is recorded as before (with its version), and the mails follow.
    const tickedEmail = freshEmail();
    expect(await post({ analysisId, email: tickedEmail, intent: 'build', consent: 'on' })).toMatchObject({
      ok: true,
      data: { isNew: true, isRecorded: true },
    });
    const [lead] = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.email, tickedEmail));
    expect(lead).toMatchObject({ intent: 'build', consentVersion: 'analyzer-leads-2026-11' });
    await engine().drain();
    expect(await kindsTo(tickedEmail)).toEqual(['report', 'welcome']);

    // The report alone still needs the tick.
    expect(await post({ analysisId, email: freshEmail(), intent: 'report' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps one lead per address and analysis: asking twice sends nothing twice', async () => {
    const email = freshEmail();
    const start = new Date();
    const first = await capture(email, { now: start });
    const again = await captureLead({
      analysisId: first.analysisId,
      email,
      intent: 'build',
      consent: true,
      clientIp: freshIp(),
      locale: 'en',
    });
    expect(again).toEqual({ leadId: first.leadId, isNew: false });
    await clockedEngine(start).at(0);
    expect(await kindsTo(email)).toEqual(['report', 'welcome']);
    const leads = await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.email, email));
    expect(leads.map((lead) => lead.intent)).toEqual(['build']);
    expect(leads[0]!.consentVersion).toBe('analyzer-leads-2026-11');
  });

  it('refuses an analysis that is not finished, and limits one network', async () => {
    const [queued] = await handle.db
      .insert(analyzerAnalyses)
      .values({ url: 'https://queued.example/', host: 'queued.example' })
      .returning({ id: analyzerAnalyses.id });
    const input = { email: freshEmail(), intent: 'report' as const, consent: true as const, locale: 'en' as const };
    await expect(captureLead({ ...input, analysisId: queued!.id, clientIp: freshIp() })).rejects.toMatchObject({
      key: 'errors.analyzerLeads.analysisNotFound',
    });
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await captureLead({ ...input, email: freshEmail(), analysisId: await doneAnalysis(), clientIp: ip });
    const over = await captureLead({ ...input, email: freshEmail(), analysisId: await doneAnalysis(), clientIp: ip }).catch(
      (e: unknown) => e,
    );
    expect(over).toBeInstanceOf(AppError);
    expect(over).toMatchObject({ code: 'RATE_LIMITED', key: 'errors.analyzerLeads.rateLimited' });
  });
});
