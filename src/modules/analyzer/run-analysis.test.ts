import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDnsServer } from '../../../tests/fakes/dns/dns-server';
import { AppError } from '@/lib/errors';
import { createTargetResolver } from './check-target-url';
import { runAnalysis, type AnalysisStage } from './run-analysis';

// The engine in Debian's Chromium against sites on this machine. The analyzed site runs on
// 127.0.0.1 (the test-only allow-list); a "secret" service listens on this machine's own
// non-loopback address (a private/reserved address, as an internal service would) and counts
// every request that reaches it — the guard must keep that count at zero. A machine with no such
// interface uses 127.0.0.2, loopback outside the allow-list, so these tests run everywhere.

const privateAddress =
  Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address ?? '127.0.0.2';

let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let site: Server;
let secret: Server;
let port = 0;
const secretHits: string[] = [];
const siteHits: string[] = [];

function page(body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Test site</title><meta name="description" content="A small test site"></head><body><main><h1>Hello</h1>${body}</main></body></html>`;
}

function listen(server: Server, host: string, wanted: number): Promise<number> {
  return new Promise((resolve) => server.listen(wanted, host, () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  dns = await startTestDnsServer();
  site = createServer((request: IncomingMessage, response) => {
    siteHits.push(request.url ?? '');
    const secretUrl = `http://${privateAddress}:${port}`;
    if (request.url === '/') {
      response.setHeader('content-type', 'text/html');
      response.end(
        page(
          `<p>Same host image, then requests to an internal address.</p><img src="/logo.svg" width="10" height="10" alt="logo">` +
            `<img src="${secretUrl}/secret.png" width="10" height="10" alt="">` +
            `<iframe src="${secretUrl}/frame" title="frame"></iframe>` +
            `<script>fetch('${secretUrl}/fetch').catch(()=>{});try{new WebSocket('ws://${privateAddress}:${port}/ws')}catch(e){}</script>`,
        ),
      );
    } else if (request.url === '/logo.svg') {
      response.setHeader('content-type', 'image/svg+xml');
      response.end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    } else if (request.url === '/redirect') {
      response.writeHead(302, { location: `${secretUrl}/redirected` }).end();
    } else if (request.url === '/hang') {
      // never answers: the run's time budget must stop it
    } else {
      response.writeHead(404).end();
    }
  });
  port = await listen(site, '127.0.0.1', 0);
  secret = createServer((request, response) => {
    secretHits.push(request.url ?? '');
    response.end('secret');
  });
  secret.on('upgrade', (request: IncomingMessage, socket) => {
    secretHits.push(`upgrade ${request.url}`);
    socket.destroy();
  });
  await listen(secret, privateAddress, port);
});

afterAll(async () => {
  site?.closeAllConnections();
  site?.close();
  secret?.close();
  await dns?.close();
});

describe('runAnalysis', () => {
  it('scores a site pinned to the checked address (DNS rebinding) and blocks every request to an internal address', async () => {
    // The check sees loopback (allowed in tests); every later answer points inside the network.
    dns.set('rebind.test', { A: ['127.0.0.1'] });
    const resolver = createTargetResolver(dns.server);
    const stages: AnalysisStage[] = [];
    const resolve4 = resolver.resolve4.bind(resolver);
    let lookups = 0;
    resolver.resolve4 = ((host: string) => {
      lookups += 1;
      return resolve4(host).then((answer) => {
        if (host === 'rebind.test') dns.set('rebind.test', { A: [privateAddress] });
        return answer;
      });
    }) as typeof resolver.resolve4;

    const result = await runAnalysis(`http://rebind.test:${port}/`, {
      resolver,
      allowLoopback: true,
      onStage: (stage) => stages.push(stage),
    });

    expect(lookups).toBeGreaterThan(0);
    expect(result.scores.performance).toBeGreaterThan(0);
    expect(result.scores.accessibility).not.toBeNull();
    expect(result.scores['best-practices']).not.toBeNull();
    expect(result.scores.seo).not.toBeNull();
    expect(result.metrics.map((metric) => metric.id).sort()).toEqual(['cls', 'fcp', 'lcp', 'si', 'tbt']);
    expect(result.screenshot).toMatch(/^data:image\//);
    expect(stages).toEqual(['loading', 'measuring', 'scoring']);
    // The page and its same-host image came from the pinned loopback site…
    expect(siteHits).toContain('/logo.svg');
    // …and nothing — image, iframe, fetch, WebSocket — reached the internal address.
    expect(secretHits).toEqual([]);
    expect(result.blockedRequests).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it('refuses a redirect to an internal address', async () => {
    const before = secretHits.length;
    const failure = await runAnalysis(`http://127.0.0.1:${port}/redirect`, { allowLoopback: true }).catch((error: unknown) => error);
    expect(secretHits.length).toBe(before);
    expect(failure).toBeInstanceOf(AppError);
  }, 90_000);

  it('stops a run that exceeds its time budget and says so', async () => {
    const failure = await runAnalysis(`http://127.0.0.1:${port}/hang`, { allowLoopback: true, timeoutMs: 8_000 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).key).toBe('errors.analyzer.timeout');
  }, 30_000);

  it('refuses an internal URL before starting a browser', async () => {
    const failure = await runAnalysis('http://169.254.169.254/latest/meta-data/', { allowLoopback: true }).catch((error: unknown) => error);
    expect((failure as AppError).key).toBe('errors.analyzer.forbiddenAddress');
  });
});
