import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
import type { AnalysisStage } from '@/modules/analyzer/run-analysis';
import { analyzerAnalyses } from '@/modules/analyzer/schema';
import { unsafeRunQueuedAnalysis } from '@/modules/analyzer/unsafe-run-queued-analysis';
import { createTestDb } from '@tests/helpers/test-db';

// What a visitor waiting for an analysis is told, from the database: their place in line while
// others are ahead, and the stage their own analysis has reached.

let handle: DbHandle;
let site: Server;
let siteUrl = '';
beforeAll(async () => {
  handle = await createTestDb();
  site = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Progress</title></head><body><h1>Hi</h1></body></html>',
    );
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  // Every status the code stores, in the order the database applied the writes (test-only).
  await handle.db.execute(
    sql`create table public.test_status_log (seq bigserial primary key, analysis_id uuid not null, status text not null)`,
  );
  await handle.db.execute(sql`
    create function public.test_log_status() returns trigger language plpgsql as $$
    begin
      insert into public.test_status_log (analysis_id, status) values (new.id, new.status);
      return new;
    end $$`);
  await handle.db.execute(sql`
    create trigger test_log_status after update of status on public.analyzer_analyses
      for each row execute function public.test_log_status()`);
});
afterAll(async () => {
  site.close();
  await handle.close();
});

/** Queued analyses of the loopback site, requested one after another. */
async function queue(count: number): Promise<string[]> {
  const ids: string[] = [];
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const [row] = await handle.db
      .insert(analyzerAnalyses)
      .values({ url: siteUrl, host: '127.0.0.1', createdAt: new Date(start + i) })
      .returning({ id: analyzerAnalyses.id });
    ids.push(row!.id);
  }
  return ids;
}

const positions = async (ids: string[]) => Promise.all(ids.map(async (id) => (await getAnalysis(id))!.queuePosition));
const statusOf = async (id: string) => (await getAnalysis(id))!.status;

describe('queue position', () => {
  it('counts the analyses queued ahead, and drops once the first is taken by the job', async () => {
    const [first, second, third] = await queue(3);
    expect(await positions([first!, second!, third!])).toEqual([0, 1, 2]);

    // The job takes the first: while it runs, it is ahead of nobody's wait any more.
    const run = unsafeRunQueuedAnalysis(first!, { allowLoopback: true });
    while ((await statusOf(first!)) === 'queued') await new Promise((resolve) => setTimeout(resolve, 10));
    expect(['loading', 'measuring', 'scoring']).toContain(await statusOf(first!));
    expect(await positions([second!, third!])).toEqual([0, 1]);
    expect(await run).toEqual({ status: 'done' });
    expect(await positions([second!, third!])).toEqual([0, 1]);

    // Out of the way of the other tests of this file.
    await handle.db
      .update(analyzerAnalyses)
      .set({ status: 'failed' })
      .where(inArray(analyzerAnalyses.id, [second!, third!]));
  }, 90_000);
});

/** The statuses stored for an analysis, in write order, repeats of the same status folded. */
async function storedStatuses(id: string): Promise<string[]> {
  const rows = (await handle.db.execute(
    sql`select status from public.test_status_log where analysis_id = ${id}::uuid order by seq`,
  )) as unknown as { status: string }[];
  return rows.map((row) => row.status).filter((status, i, all) => status !== all[i - 1]);
}

const RESULT: AnalysisResult = {
  url: 'http://127.0.0.1/',
  finalUrl: 'http://127.0.0.1/',
  formFactor: 'mobile',
  scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 90 },
  metrics: [{ id: 'lcp', value: 900, rating: 'good' }],
  opportunities: [],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 1,
};

describe('stored progress', () => {
  it('stores loading → measuring → scoring → done in that order during a real run', async () => {
    const [id] = await queue(1);
    expect(await unsafeRunQueuedAnalysis(id!, { allowLoopback: true })).toEqual({ status: 'done' });
    expect(await storedStatuses(id!)).toEqual(['loading', 'measuring', 'scoring', 'done']);
  }, 90_000);

  it('never lets an earlier stage overwrite a later one, nor a stage overwrite done, when the database is slow to take the writes', async () => {
    const [id] = await queue(1);
    // A slow database: once the job has taken the analysis, its row stays locked while the stages
    // are reported in one breath and the result comes at once, so every write is still waiting
    // when the run ends.
    let holder: Promise<void> | undefined;
    const burst = async (_url: string, options: { onStage?: (stage: AnalysisStage) => void } = {}) => {
      let unlock = () => {};
      const unlocked = new Promise<void>((resolve) => (unlock = resolve));
      await new Promise<void>((locked) => {
        holder = handle.db.transaction(async (tx) => {
          await tx.execute(sql`select id from public.analyzer_analyses where id = ${id!}::uuid for update`);
          locked();
          await unlocked;
        });
      });
      for (const stage of ['loading', 'measuring', 'scoring'] as const) options.onStage?.(stage);
      setTimeout(unlock, 200);
      return RESULT;
    };
    expect(await unsafeRunQueuedAnalysis(id!, { runAnalysis: burst })).toEqual({ status: 'done' });
    await holder;
    expect(await storedStatuses(id!)).toEqual(['loading', 'measuring', 'scoring', 'done']);
    expect(await getAnalysis(id!)).toMatchObject({ status: 'done', result: { scores: RESULT.scores } });
  });
});
