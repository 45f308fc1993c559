/**
 * The site server alone: published sites (`<slug>.ROOT_DOMAIN` and served custom domains) behind
 * plain node:http, without Next. Self-hosted behind Caddy (docs/caddy.md), Caddy routes
 * `*.ROOT_DOMAIN` and on-demand custom domains here and the app's host to `npm start`'s server;
 * several of these processes can share the load. Every host is treated as a site host: unknown
 * ones (the app's own host included) get the neutral 404. Needs the app's environment (database,
 * storage, ROOT_DOMAIN); bytes served are metered like on the app's port.
 *
 *   node --import tsx scripts/site-server.ts -p 3001 [-H 127.0.0.1]
 */
import { createServer } from 'node:http';
import { parseTrustedProxies, prepareForwardedHeaders } from '@/lib/http/resolve-client-ip';
import { reportError } from '@/lib/observability';
import { createSiteRequestListener } from '@/modules/host/site-request-listener';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';

const args = process.argv.slice(2);
const flag = (names: string[], fallback: string) => {
  const index = args.findIndex((a) => names.includes(a));
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const port = Number(flag(['-p', '--port'], process.env.SITE_PORT ?? '3001'));
const hostname = flag(['-H', '--hostname'], '127.0.0.1');
// Caddy on the same machine is a proxy to trust for X-Forwarded-For/-Proto (client address of
// the lead form's rate limits, HSTS on https).
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const site = createSiteRequestListener({ onError: (err, where) => reportError(err, { where }) });
const server = createServer((req, res) => {
  prepareForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
  site(req, res);
});
server.listen(port, hostname, () => console.log(`  ▲ Page Magic sites listening on http://${hostname}:${port}`));
// Graceful stop: take no new connections, let the requests in progress finish (idle keep-alive
// connections close at once), then write the bytes and traffic counted since the last batch — so
// a restart loses nothing. Connections still busy after 5 s are cut and the flush runs anyway.
let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= flushSiteTraffic().then(
    () => process.exit(0),
    (err: unknown) => {
      reportError(err, { where: 'traffic flush at shutdown' });
      process.exit(1);
    },
  ));
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => void stop());
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      void stop();
    }, 5_000).unref();
    setTimeout(() => process.exit(1), 15_000).unref();
  });
}
