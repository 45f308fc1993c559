import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { getAnalyzerFunnel, weekStart } from '@/modules/analyzer/get-analyzer-funnel';
import { listRecentAnalyses } from '@/modules/analyzer/list-recent-analyses';
import { listRecentLeads } from '@/modules/analyzer/list-recent-leads';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// The agency's analyzer page on a real database: admins see every analysis with its scores and
// the funnel by week; a client — even one whose own site was analyzed — sees nothing (404 from the
// code, and RLS would give them no row).

let handle: DbHandle;
let admin: TestUser;
let client: TestUser;
const now = new Date('2026-11-25T12:00:00Z'); // a Wednesday
const scores = { performance: 55, accessibility: 90, 'best-practices': 80, seo: 100 };

beforeAll(async () => {
  handle = await createTestDb();
  admin = await createTestUser(handle, { userType: 'admin' });
  client = await createTestUser(handle);
  const db = await unsafeSystemDb('the test writes analyses as the job would');
  const at = (iso: string) => new Date(iso);
  const result = {
    url: 'https://a.example/',
    finalUrl: 'https://a.example/',
    formFactor: 'mobile' as const,
    scores,
    metrics: [],
    opportunities: [],
    screenshot: 'data:image/jpeg;base64,AAAA',
    blockedRequests: 0,
    lighthouseVersion: '12.8.2',
    durationMs: 1,
  };
  const inserted = await db
    .insert(analyzerAnalyses)
    .values([
      // This week (Mon 23 Nov): two; last week (Mon 16 Nov, on the Sunday night it ends): one; a
      // Monday 00:00 belongs to its own week; one outside the 12 weeks.
      { url: 'https://a.example/', host: 'a.example', status: 'done', result, createdAt: at('2026-11-24T09:00:00Z') },
      { url: 'https://b.example/', host: 'b.example', status: 'queued', createdAt: at('2026-11-23T00:00:00Z') },
      { url: 'https://c.example/', host: 'c.example', status: 'failed', createdAt: at('2026-11-22T23:59:59Z') },
      { url: 'https://old.example/', host: 'old.example', status: 'done', result, createdAt: at('2026-08-01T10:00:00Z') },
    ])
    .returning({ id: analyzerAnalyses.id, url: analyzerAnalyses.url });
  const a = inserted.find((row) => row.url === 'https://a.example/')!;
  await db.insert(analyzerLeads).values({
    analysisId: a.id,
    email: 'ana@bakery.example',
    name: 'Ana',
    intent: 'build',
    consentVersion: 'test-1',
    nurtureState: 'active',
    emailsSent: { report: '2026-11-24T09:01:00Z', welcome: '2026-11-24T09:01:00Z' },
  });
});
afterAll(async () => {
  await handle.close();
});

describe('the agency analyzer page', () => {
  it('lists the latest analyses with their scores (no screenshots) for admins', async () => {
    const rows = await listRecentAnalyses(admin.claims);
    expect(rows.map((row) => row.url)).toEqual(['https://a.example/', 'https://b.example/', 'https://c.example/', 'https://old.example/']);
    expect(rows[0]).toMatchObject({ status: 'done', scores });
    expect(rows[1]!.scores).toBeNull();
    expect(JSON.stringify(rows)).not.toContain('base64');
  });

  it('counts analyses per week starting on Monday (UTC), with lead steps unknown until leads report them', async () => {
    const funnel = await getAnalyzerFunnel(admin.claims, { now });
    expect(funnel).toHaveLength(12);
    expect(funnel.at(-1)).toEqual({ week: '2026-11-23', analyses: 2, emails: null, signups: null, paying: null });
    expect(funnel.at(-2)).toEqual({ week: '2026-11-16', analyses: 1, emails: null, signups: null, paying: null });
    expect(funnel.reduce((sum, week) => sum + week.analyses, 0)).toBe(3);
    expect(weekStart(new Date('2026-11-29T23:59:59Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('fills the lead steps from a source and zero-fills its empty weeks', async () => {
    const funnel = await getAnalyzerFunnel(admin.claims, {
      now,
      weeks: 2,
      leads: async () => new Map([['2026-11-23', { emails: 1, signups: 1, paying: 0 }]]),
    });
    expect(funnel).toEqual([
      { week: '2026-11-16', analyses: 1, emails: 0, signups: 0, paying: 0 },
      { week: '2026-11-23', analyses: 2, emails: 1, signups: 1, paying: 0 },
    ]);
  });

  it('lists the leads with their analysis, its scores and how far their mails got', async () => {
    const [lead] = await listRecentLeads(admin.claims);
    expect(lead).toMatchObject({
      email: 'ana@bakery.example',
      name: 'Ana',
      intent: 'build',
      nurtureState: 'active',
      emailsSent: 2,
      url: 'https://a.example/',
      scores,
    });
  });

  it('answers 404 to a client, who reads no analysis even past the code (RLS)', async () => {
    for (const call of [
      () => listRecentAnalyses(client.claims),
      () => listRecentLeads(client.claims),
      () => getAnalyzerFunnel(client.claims, { now }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('NOT_FOUND');
    }
    const { withRls } = await import('@/lib/db/with-rls');
    const seen = await withRls(client.claims, (tx) => tx.select().from(analyzerAnalyses));
    expect(seen).toHaveLength(0);
  });
});
