import { lighthouseSlots, type SlotPriority } from './lighthouse-slots';
import type { Resolver } from 'node:dns/promises';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser, type CDPSession, type Protocol } from 'puppeteer-core';
import { getEnv } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { analysisResultSchema, CATEGORY_IDS, type AnalysisResult } from './analysis-result';
import { checkTargetUrl, checkUrlDestination, type CheckedTarget } from './check-target-url';
import { summarizeLighthouse } from './summarize-lighthouse';
import { startGuardProxy, type GuardProxy } from './start-guard-proxy';
import { isTestLoopbackAllowed } from './test-loopback';
import type { Locale } from '@/lib/i18n/translate';

/**
 * The analysis engine: one Lighthouse mobile run (Lighthouse's default config — an emulated Moto
 * G Power on simulated slow 4G, all four categories) in a fresh Chromium with a fresh profile,
 * under the SSRF guard at every hop:
 *
 * 1. the URL is checked (check-target-url.ts) and the browser is pinned to the address that was
 *    checked (`--host-resolver-rules=MAP host address`), so a DNS server that answers differently
 *    the second time (rebinding) is never asked by the browser for that host;
 * 2. every request the page makes — redirects, images, scripts, iframes (kept in the page's
 *    process: site isolation off, so one interception covers them), fetches, workers' requests —
 *    is paused by the DevTools protocol's Fetch domain and continued only when its destination is
 *    public (checked the same way), else failed as blocked by the client;
 * 3. a run that exceeds the time budget is stopped (the browser is killed) and reported as such.
 *
 * The monitoring of clients' own sites (a later issue) calls this same function.
 */
export type AnalysisStage = 'loading' | 'measuring' | 'scoring';

export type RunAnalysisOptions = {
  resolver?: Resolver;
  /** Defaults to the test-only allow-list (never on in production). */
  allowLoopback?: boolean;
  /** The whole run's budget; past it the browser is killed and the run reported as timed out. */
  timeoutMs?: number;
  chromePath?: string;
  onStage?: (stage: AnalysisStage) => void;
  /** Who waits for a Chromium slot first (lighthouse-slots.ts): a visitor's analysis, or the performance cron. */
  priority?: SlotPriority;
  /** The language of Lighthouse's audit titles kept in the result (what to fix); English by default. */
  locale?: Locale;
};

export const DEFAULT_ANALYSIS_TIMEOUT_MS = 90_000;
const AFTER_TIMEOUT_GRACE_MS = 10_000;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  '--no-default-browser-check',
  // Cross-site iframes stay in the page's renderer, so the page's Fetch interception sees their requests.
  '--disable-site-isolation-trials',
  '--disable-features=IsolateOrigins,site-per-process',
];

/** `MAP host address`: the browser uses the checked address for the analyzed host, and asks no DNS for it. */
export function hostResolverRule(target: Pick<CheckedTarget, 'host' | 'address'>): string {
  const address = target.address.includes(':') ? `[${target.address}]` : target.address;
  return `MAP ${target.host} ${address}`;
}

type Destination = { address: string; port: number };

/**
 * One decision per origin within a run (a page asks for dozens of files from the same few hosts):
 * the address to connect to, or null when the destination is not public. Shared by the Fetch
 * interception and the guard proxy.
 */
function createRequestGuard(target: CheckedTarget, options: { resolver?: Resolver; allowLoopback: boolean }) {
  // The analyzed origin was checked and is pinned to that address: asking DNS again could only
  // let a rebinding answer in.
  const targetOrigin = new URL(target.url);
  const decisions = new Map<string, Promise<Destination | null>>([
    [`${targetOrigin.protocol}//${targetOrigin.host}`, Promise.resolve({ address: target.address, port: target.port })],
  ]);
  return (url: URL): Promise<Destination | null> => {
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || url.username || url.password) return Promise.resolve(null);
    // A WebSocket tunnel arrives at the proxy as https://host:port: same decision as the page's origin.
    const scheme = url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol;
    const key = `${scheme}//${url.host}`;
    let decision = decisions.get(key);
    if (!decision) {
      decision = checkUrlDestination(url, options).then(
        (checked) => ({ address: checked.address, port: checked.port }),
        () => null,
      );
      decisions.set(key, decision);
    }
    return decision;
  };
}

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function isRequestAllowed(guard: (url: URL) => Promise<Destination | null>) {
  return async (rawUrl: string): Promise<boolean> => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return false;
    }
    if (LOCAL_SCHEMES.has(url.protocol)) return true;
    return (await guard(url)) !== null;
  };
}

async function interceptRequests(session: CDPSession, isAllowed: (url: string) => Promise<boolean>, onBlocked: () => void) {
  session.on('Fetch.requestPaused', (event: Protocol.Fetch.RequestPausedEvent) => {
    void isAllowed(event.request.url).then((allowed) => {
      if (!allowed) onBlocked();
      const reply = allowed
        ? session.send('Fetch.continueRequest', { requestId: event.requestId })
        : session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
      // The page may be gone by now (a navigation, the end of the run): nothing left to decide.
      return reply.catch(() => undefined);
    });
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
}

/** Lighthouse's runtime errors for a page that did not load (or paint) within its wait. */
const TIMEOUT_CODES = new Set(['NO_FCP', 'PAGE_HUNG', 'NO_LCP', 'FAILED_DOCUMENT_REQUEST', 'CRI_TIMEOUT']);

/**
 * The run took too long. `partial` is what Lighthouse measured before it gave up (a first paint,
 * a screenshot), when it measured anything: the timeout page shows it rather than nothing.
 */
function timeoutError(timeoutMs: number, partial?: AnalysisResult) {
  return new AppError('UNAVAILABLE', 'errors.analyzer.timeout', {
    values: { seconds: Math.round(timeoutMs / 1000) },
    details: partial ? { partial } : undefined,
  });
}

/** The partial result a timed-out run carries (see timeoutError), or null. */
export function partialResultOf(error: unknown): AnalysisResult | null {
  if (!isAppError(error) || error.key !== 'errors.analyzer.timeout') return null;
  const parsed = analysisResultSchema.safeParse(error.details?.partial);
  return parsed.success ? parsed.data : null;
}

export const BACKGROUND_ANALYSIS_TIMEOUT_MS = 180_000;

export async function runAnalysis(input: string, options: RunAnalysisOptions = {}): Promise<AnalysisResult> {
  // One Chromium budget for the process: the run (and its time budget) starts once a slot is free.
  const release = await lighthouseSlots.acquire(options.priority ?? 'interactive');
  try {
    return await runAnalysisInSlot(input, options);
  } finally {
    release();
  }
}

async function runAnalysisInSlot(input: string, options: RunAnalysisOptions): Promise<AnalysisResult> {
  const started = performance.now();
  const allowLoopback = options.allowLoopback ?? isTestLoopbackAllowed();
  const target = await checkTargetUrl(input, { resolver: options.resolver, allowLoopback });
  const timeoutMs = options.timeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS;
  const guard = createRequestGuard(target, { resolver: options.resolver, allowLoopback });
  const isAllowed = isRequestAllowed(guard);
  let blockedRequests = 0;
  let browser: Browser | undefined;
  let proxy: GuardProxy | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Cutting every connection of the page makes Lighthouse's navigation fail and its run end
      // on its own; the browser is closed once it has (see finally).
      void proxy?.close();
      reject(timeoutError(timeoutMs));
    }, timeoutMs);
  });
  const run = async () => {
    options.onStage?.('loading');
    proxy = await startGuardProxy(guard);
    browser = await puppeteer.launch({
      executablePath: options.chromePath ?? getEnv().CHROME_PATH,
      headless: true,
      // puppeteer gives every launch a new temporary profile and deletes it on close.
      args: [
        ...CHROMIUM_FLAGS,
        `--host-resolver-rules=${hostResolverRule(target)}`,
        // Every connection goes through the guard proxy, loopback included (`<-loopback>` removes
        // Chromium's implicit bypass), so nothing reaches the network unchecked.
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>',
      ],
    });
    // Workers and other targets the page starts get the same interception as the page.
    browser.on('targetcreated', (created) => {
      if (created.type() === 'page') return;
      void created
        .createCDPSession()
        .then((session) => interceptRequests(session, isAllowed, () => (blockedRequests += 1)))
        .catch(() => undefined);
    });
    const page = await browser.newPage();
    const session = await page.createCDPSession();
    await interceptRequests(session, isAllowed, () => (blockedRequests += 1));
    page.once('load', () => options.onStage?.('measuring'));
    // Lighthouse's own load limit ends a slow page gracefully (a runtime error we report as a
    // timeout); killing the browser at the full budget is the backstop.
    const maxWaitForLoad = Math.max(3_000, Math.min(45_000, Math.round(timeoutMs * 0.4)));
    const result = await lighthouse(
      target.url,
      {
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORY_IDS],
        maxWaitForLoad,
        // Lighthouse's `pt` catalog is Brazilian Portuguese; it has a `pt-PT` one too.
        locale: options.locale === 'pt-BR' ? 'pt' : (options.locale ?? 'en'),
      },
      undefined,
      page,
    );
    // A page that never loaded leaves Lighthouse's navigation pending: cutting its connections
    // ends it (as a failed load) before the browser goes, so that promise does not fail unobserved.
    await proxy.close();
    await page.goto('about:blank', { timeout: 2_000 }).catch(() => undefined);
    if (!result) throw new AppError('UNAVAILABLE', 'errors.analyzer.failed');
    options.onStage?.('scoring');
    const { lhr } = result;
    const summarize = () =>
      summarizeLighthouse(lhr, { url: target.url, blockedRequests, durationMs: Math.round(performance.now() - started) });
    if (lhr.runtimeError) {
      if (TIMEOUT_CODES.has(lhr.runtimeError.code)) {
        const partial = summarize();
        throw timeoutError(timeoutMs, partial.metrics.length > 0 || partial.screenshot ? partial : undefined);
      }
      throw new AppError('UNAVAILABLE', 'errors.analyzer.failed', { details: { lighthouse: lhr.runtimeError.code } });
    }
    return summarize();
  };
  const running = run();
  // After a timeout the run is abandoned and fails later (its browser is gone): nothing to report.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, timedOut]);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('UNAVAILABLE', 'errors.analyzer.failed');
  } finally {
    clearTimeout(timer);
    // Closing the browser under a running Lighthouse leaves its pending protocol calls failing
    // unobserved: give the run a moment to end, then close (or kill) the browser regardless.
    await Promise.race([running.catch(() => undefined), new Promise((done) => setTimeout(done, AFTER_TIMEOUT_GRACE_MS))]);
    await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
    await proxy?.close();
  }
}
