import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { createTargetResolver } from '@/modules/analyzer/check-target-url';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
import { ANALYZER_LIMITS, requestAnalysis } from '@/modules/analyzer/request-analysis';
import { analyzerAnalyses } from '@/modules/analyzer/schema';
import { unsafeRunQueuedAnalysis } from '@/modules/analyzer/unsafe-run-queued-analysis';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { createTestDb } from '@tests/helpers/test-db';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';

// The analyzer's queue on a real database: refusals, the 24 h cache, joining a run in flight,
// the per-IP and per-host limits (with the time to wait), queue positions, and the job's step.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let site: Server;
let sitePort = 0;
beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  site = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Queue test</title></head><body><h1>Hi</h1></body></html>',
    );
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  sitePort = (site.address() as AddressInfo).port;
});
afterAll(async () => {
  site.close();
  await dns.close();
  await handle.close();
});

/** A fresh public-looking host (DNS answers a documentation-free public address) and client IP per test. */
function fresh() {
  const host = `site-${randomUUID().slice(0, 8)}.example`;
  dns.set(host, { A: ['93.184.216.34'] });
  return { host, ip: `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`, resolver: createTargetResolver(dns.server) };
}

const keyOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? error.key : String(error)),
  );

describe('requestAnalysis', () => {
  it('queues a checked URL once, with its position, and refuses an internal one before queuing', async () => {
    const { host, ip, resolver } = fresh();
    const first = await requestAnalysis({ url: `HTTP://${host.toUpperCase()}/#top`, clientIp: ip, locale: 'pt-BR' }, { resolver });
    expect(first.cached).toBe(false);
    const view = await getAnalysis(first.id);
    expect(view).toMatchObject({ url: `http://${host}/`, status: 'queued' });
    expect(view!.queuePosition).toBeGreaterThanOrEqual(0);
    // Asked again while it waits: the same analysis, not a second run.
    expect(await requestAnalysis({ url: `http://${host}/`, clientIp: ip, locale: 'en' }, { resolver })).toEqual({
      id: first.id,
      cached: false,
    });

    const before = await (await unsafeSystemDb('test')).select().from(analyzerAnalyses);
    expect(await keyOf(requestAnalysis({ url: 'http://169.254.169.254/', clientIp: ip, locale: 'en' }, { resolver }))).toBe(
      'errors.analyzer.forbiddenAddress',
    );
    const after = await (await unsafeSystemDb('test')).select().from(analyzerAnalyses);
    expect(after.length).toBe(before.length);
  });

  it('answers the same URL from its result within 24 h, and runs it again after', async () => {
    const { host, ip, resolver } = fresh();
    const db = await unsafeSystemDb('test');
    const [done] = await db
      .insert(analyzerAnalyses)
      .values({ url: `http://${host}/`, host, status: 'done', createdAt: new Date(Date.now() - 23 * 3600_000) })
      .returning();
    expect(await requestAnalysis({ url: `http://${host}`, clientIp: ip, locale: 'en' }, { resolver })).toEqual({
      id: done!.id,
      cached: true,
    });
    await db
      .update(analyzerAnalyses)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(analyzerAnalyses.id, done!.id));
    const again = await requestAnalysis({ url: `http://${host}`, clientIp: ip, locale: 'en' }, { resolver });
    expect(again.cached).toBe(false);
    expect(again.id).not.toBe(done!.id);
  });

  it('limits each client IP (with the time to wait) and each target host', async () => {
    const { ip, resolver } = fresh();
    for (let i = 0; i < ANALYZER_LIMITS.ipHour.limit; i++) {
      const { host } = fresh();
      await requestAnalysis({ url: `http://${host}/`, clientIp: ip, locale: 'en' }, { resolver });
    }
    const { host } = fresh();
    const refused = await requestAnalysis({ url: `http://${host}/`, clientIp: ip, locale: 'en' }, { resolver }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).key).toBe('errors.analyzer.rateLimitedIp');
    expect((refused as AppError).values?.minutes).toBeGreaterThan(0);
    expect((refused as AppError).values?.minutes).toBeLessThanOrEqual(60);

    const target = fresh();
    for (let i = 0; i < ANALYZER_LIMITS.hostHour.limit; i++) {
      await requestAnalysis({ url: `http://${target.host}/page-${i}`, clientIp: `${fresh().ip}`, locale: 'en' }, { resolver });
    }
    expect(await keyOf(requestAnalysis({ url: `http://${target.host}/other`, clientIp: fresh().ip, locale: 'en' }, { resolver }))).toBe(
      'errors.analyzer.rateLimitedHost',
    );
  });
});

describe('the daily limit per client IP', () => {
  it('lets an IP run 20 analyses a day (5 an hour), then refuses the 21st with the hours still to wait', async () => {
    // A clock of our own: four hours of five analyses each, then the day's limit. The refusal
    // cache in front of the limiter judges the limiter's resets by the same clock.
    let clock = Date.now();
    const now = () => clock;
    setRateLimiterForTests(createMemoryLimiter(now), { now });
    try {
      const { ip, resolver } = fresh();
      const request = () => requestAnalysis({ url: `http://${fresh().host}/`, clientIp: ip, locale: 'en' }, { resolver });
      for (let hour = 0; hour < 4; hour++) {
        for (let i = 0; i < ANALYZER_LIMITS.ipHour.limit; i++) expect(await keyOf(request())).toBe('ok');
        expect(await keyOf(request())).toBe('errors.analyzer.rateLimitedIp'); // the hour's five are used
        clock += 61 * 60_000;
      }
      expect(ANALYZER_LIMITS.ipDay.limit).toBe(20);
      const refused = await request().catch((error: unknown) => error);
      expect((refused as AppError).key).toBe('errors.analyzer.rateLimitedIp');
      // The day's window, not the hour's: about 20 hours to wait.
      expect((refused as AppError).values?.minutes).toBeGreaterThan(60);
    } finally {
      setRateLimiterForTests(createMemoryLimiter());
    }
  });
});

describe('the analysis job step', () => {
  it('runs a queued analysis to done with its result, and leaves a finished one alone', async () => {
    const db = await unsafeSystemDb('test');
    const url = `http://127.0.0.1:${sitePort}/`;
    const [row] = await db.insert(analyzerAnalyses).values({ url, host: '127.0.0.1' }).returning();
    expect(await unsafeRunQueuedAnalysis(row!.id, { allowLoopback: true })).toEqual({ status: 'done' });
    const view = await getAnalysis(row!.id);
    expect(view!.status).toBe('done');
    expect(view!.result!.scores.performance).toBeGreaterThan(0);
    expect(await unsafeRunQueuedAnalysis(row!.id, { allowLoopback: true })).toEqual({ status: 'done' });
  }, 90_000);

  it('records a refusal as a failure with its message', async () => {
    const db = await unsafeSystemDb('test');
    const [row] = await db.insert(analyzerAnalyses).values({ url: 'http://10.0.0.1/', host: '10.0.0.1' }).returning();
    expect(await unsafeRunQueuedAnalysis(row!.id)).toEqual({ status: 'failed' });
    expect((await getAnalysis(row!.id))!.error).toEqual({ key: 'errors.analyzer.forbiddenAddress', values: { host: '10.0.0.1' } });
  });
});
