import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAnalysisJob } from '~inngest/functions/run-analysis';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { BACKGROUND_ANALYSIS_TIMEOUT_MS, type RunAnalysisOptions } from '@/modules/analyzer/run-analysis';
import { reportByEmailInputSchema, requestReportByEmail } from '@/modules/analyzer/request-report-by-email';
import { analyzerAnalyses } from '@/modules/analyzer/schema';
import { unsafeRunQueuedAnalysis } from '@/modules/analyzer/unsafe-run-queued-analysis';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb } from '@tests/helpers/test-db';

vi.mock('server-only', () => ({}));

// "Email me when it finishes" on a timed-out analysis, on a real database: the request queues a
// fresh run of the same URL carrying the address (zod on the input, the analyzer's and the mail
// limits), the run gets the background budget, and the analysis job's last step mails the link to
// the report — in the visitor's language — then forgets the address. Without a notify address the
// job mails nobody.

let handle: DbHandle;
beforeAll(async () => {
  process.env.APP_URL = 'http://app.test';
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-report-by-email-'));
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const RESULT: Omit<AnalysisResult, 'url' | 'finalUrl'> = {
  formFactor: 'mobile',
  scores: { performance: 23, accessibility: 81, 'best-practices': 75, seo: 90 },
  metrics: [{ id: 'lcp', value: 14_200, rating: 'poor' }],
  opportunities: [],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 120_000,
};

/** An analysis that timed out, as the job leaves it. */
async function timedOutAnalysis(status: 'failed' | 'done' = 'failed'): Promise<{ id: string; url: string }> {
  const host = `slow-${randomUUID().slice(0, 8)}.example`;
  const url = `https://${host}/`;
  const [row] = await handle.db
    .insert(analyzerAnalyses)
    .values({
      url,
      host,
      status,
      error: status === 'failed' ? { key: 'errors.analyzer.timeout', values: { seconds: 90 } } : null,
      result: status === 'done' ? { ...RESULT, url, finalUrl: url } : null,
    })
    .returning({ id: analyzerAnalyses.id });
  return { id: row!.id, url };
}

const freshEmail = () => `waiting-${randomUUID().slice(0, 8)}@example.com`;
const freshIp = () => `198.51.100.${randomUUID()}`;
const mailsTo = (email: string) =>
  handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, 'analyzer_report_ready')));
const rowOf = async (id: string) => (await handle.db.select().from(analyzerAnalyses).where(eq(analyzerAnalyses.id, id)))[0]!;

/** The measurement as the job would make it, recording the options it was given. */
function fakeMeasure(outcome: 'done' | 'timeout', seen: RunAnalysisOptions[] = []) {
  return async (url: string, options: RunAnalysisOptions = {}): Promise<AnalysisResult> => {
    seen.push(options);
    if (outcome === 'timeout') throw new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 180 } });
    return { ...RESULT, url, finalUrl: url };
  };
}

describe('the input', () => {
  it('wants an analysis id and a valid address (a clear validation error otherwise)', () => {
    const id = randomUUID();
    expect(reportByEmailInputSchema.safeParse({ analysisId: id, email: ' Ana@Example.COM ' })).toEqual({
      success: true,
      data: { analysisId: id, email: 'ana@example.com' },
    });
    const bad = reportByEmailInputSchema.safeParse({ analysisId: id, email: 'not-an-address' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('errors.analyzerLeads.emailInvalid');
    expect(reportByEmailInputSchema.safeParse({ analysisId: 'nope', email: 'a@example.com' }).success).toBe(false);
    expect(reportByEmailInputSchema.safeParse({ analysisId: id, email: `${'a'.repeat(250)}@example.com` }).success).toBe(false);
  });
});

describe('email me when it finishes', () => {
  it('queues a background run of the same URL with the address; the job mails the report link, then forgets the address', async () => {
    const failed = await timedOutAnalysis();
    const email = freshEmail();
    const { id } = await requestReportByEmail({ analysisId: failed.id, email, clientIp: freshIp(), locale: 'pt-BR' });
    expect(id).not.toBe(failed.id);
    const queued = await rowOf(id);
    expect(queued).toMatchObject({ url: failed.url, status: 'queued', notifyEmail: email, locale: 'pt-BR' });

    // The run: nobody watches a page, so it gets the longer budget and waits behind visitors.
    const seen: RunAnalysisOptions[] = [];
    await unsafeRunQueuedAnalysis(id, { runAnalysis: fakeMeasure('done', seen) });
    expect(seen[0]).toMatchObject({ timeoutMs: BACKGROUND_ANALYSIS_TIMEOUT_MS, priority: 'background' });
    expect(BACKGROUND_ANALYSIS_TIMEOUT_MS).toBeGreaterThan(90_000);

    // The analysis job (its event was written with the row): the run is already done, the last
    // step mails the visitor.
    await testJobEngine([runAnalysisJob]).drain();
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`Seu relatório está pronto: ${new URL(failed.url).host}`);
    expect(mail!.textBody).toContain(`http://app.test/analyze/${id}`);
    expect(mail!.htmlBody).toContain(`href="http://app.test/analyze/${id}"`);
    expect(mail!.textBody).toContain('23');
    // No list to leave: it was the one mail asked for.
    expect(mail!.headers?.['List-Unsubscribe']).toBeUndefined();
    expect((await rowOf(id)).notifyEmail).toBeNull();

    // The job again (a retried step): nobody left to mail.
    await testJobEngine([runAnalysisJob]).drain();
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('when the background run fails too, says so and links to the page with what was measured', async () => {
    const failed = await timedOutAnalysis();
    const email = freshEmail();
    const { id } = await requestReportByEmail({ analysisId: failed.id, email, clientIp: freshIp(), locale: 'en' });
    await unsafeRunQueuedAnalysis(id, { runAnalysis: fakeMeasure('timeout') });
    await testJobEngine([runAnalysisJob]).drain();
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe(`We could not finish the check of ${new URL(failed.url).host}`);
    expect(mail!.textBody).toContain('the analysis was stopped after 180 seconds');
    expect(mail!.textBody).toContain(`http://app.test/analyze/${id}`);
  });

  it('a timed-out run keeps what it measured before it stopped, next to the error', async () => {
    const failed = await timedOutAnalysis();
    const { id } = await requestReportByEmail({ analysisId: failed.id, email: freshEmail(), clientIp: freshIp(), locale: 'en' });
    const partial = {
      ...RESULT,
      url: failed.url,
      finalUrl: failed.url,
      scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
    };
    await unsafeRunQueuedAnalysis(id, {
      runAnalysis: async () => {
        throw new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 180 }, details: { partial } });
      },
    });
    expect(await rowOf(id)).toMatchObject({ status: 'failed', error: { key: 'errors.analyzer.timeout' }, result: partial });
  });

  it('mails nobody for a run nobody asked about', async () => {
    const failed = await timedOutAnalysis();
    const email = freshEmail();
    const { id } = await requestReportByEmail({ analysisId: failed.id, email, clientIp: freshIp(), locale: 'en' });
    await handle.db.update(analyzerAnalyses).set({ notifyEmail: null }).where(eq(analyzerAnalyses.id, id));
    await unsafeRunQueuedAnalysis(id, { runAnalysis: fakeMeasure('done') });
    await testJobEngine([runAnalysisJob]).drain();
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it('is offered only on a failed analysis', async () => {
    const done = await timedOutAnalysis('done');
    await expect(
      requestReportByEmail({ analysisId: done.id, email: freshEmail(), clientIp: freshIp(), locale: 'en' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'errors.analyzer.notifyNotAvailable',
    });
    await expect(
      requestReportByEmail({ analysisId: randomUUID(), email: freshEmail(), clientIp: freshIp(), locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps to the mail limit of one address (shared with the lead form) and the analyzer’s limits of one network', async () => {
    const email = freshEmail();
    for (let i = 0; i < 5; i++) {
      const failed = await timedOutAnalysis();
      await requestReportByEmail({ analysisId: failed.id, email, clientIp: freshIp(), locale: 'en' });
    }
    const sixth = await timedOutAnalysis();
    await expect(requestReportByEmail({ analysisId: sixth.id, email, clientIp: freshIp(), locale: 'en' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      key: 'errors.analyzerLeads.rateLimited',
    });
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      const failed = await timedOutAnalysis();
      await requestReportByEmail({ analysisId: failed.id, email: freshEmail(), clientIp: ip, locale: 'en' });
    }
    const next = await timedOutAnalysis();
    await expect(requestReportByEmail({ analysisId: next.id, email: freshEmail(), clientIp: ip, locale: 'en' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      key: 'errors.analyzer.rateLimitedIp',
    });
  });
});
