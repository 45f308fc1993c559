import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { parseTrustedProxies, prepareForwardedHeaders } from '@/lib/http/resolve-client-ip';
import { createSiteRequestListener } from '@/modules/host/site-request-listener';
import { GET as tlsAllowed } from '@/app/api/domains/tls-allowed/route';

export type SiteUpstream = { origin: string; asks: { domain: string; status: number }[]; close(): Promise<void> };

/**
 * What Caddy proxies to in the TLS test: the app's real `ask` route handler and the real site
 * server (src/modules/host/site-request-listener.ts: host routing, redirects, headers — what
 * scripts/site-server.ts and `npm start`'s front run) behind plain node:http, on loopback, Caddy
 * trusted as a proxy. Not `next start` (a build per test run is minutes on this machine).
 */
export async function startSiteUpstream(): Promise<SiteUpstream> {
  const asks: SiteUpstream['asks'] = [];
  const trusted = parseTrustedProxies('127.0.0.1, ::1');
  const site = createSiteRequestListener({ onError: (err) => console.error(err) });
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      if (url.startsWith('/api/domains/tls-allowed')) {
        const answer = await tlsAllowed(new NextRequest(new URL(url, 'http://127.0.0.1')));
        asks.push({ domain: new URL(url, 'http://x').searchParams.get('domain') ?? '', status: answer.status });
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(await answer.text());
        return;
      }
      prepareForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
      site(req, res);
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    asks,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
