import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
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
