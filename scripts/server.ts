/**
 * The app's HTTP server for `npm start` and the end-to-end tests: the site server and Next.js
 * behind one plain node:http server on one port. Requests for published sites (`<slug>.ROOT_DOMAIN`,
 * custom domains, unknown hosts) are answered here by the site server
 * (src/modules/host/site-request-listener.ts), outside Next's per-request pipeline — Next drops
 * our Content-Encoding and re-gzips every answer, ~50× slower (`npm run bench:serve`); everything
 * else (the app's own host) goes to Next.
 *
 * It also makes sure the app knows who is calling. Next itself only fills X-Forwarded-For when
 * the client did not send one, so a client reaching the app directly could name any address and
 * walk past every per-IP limit. Here the socket's address decides (or, behind proxies listed in
 * TRUSTED_PROXIES, their X-Forwarded-For), the result goes to the app in `x-pm-client-ip`, and
 * forwarding headers an untrusted client wrote are dropped before Next sees them.
 *
 *   node --import tsx scripts/server.ts -p 3000 [-H localhost]
 */
// First: the process's NODE_ENV, settled before any library reads it (next-node-env.ts says why).
import './next-node-env';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { parseTrustedProxies } from '@/lib/http/resolve-client-ip';
import { reportError } from '@/lib/observability';
import { createFrontListener, createSiteRequestListener } from '@/modules/host/site-request-listener';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';

const args = process.argv.slice(2);
const flag = (names: string[], fallback: string) => {
  const index = args.findIndex((a) => names.includes(a));
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const port = Number(flag(['-p', '--port'], process.env.PORT ?? '3000'));
// Not 127.0.0.1: Next turns the site-host rewrite into an HTTP self-request there (see README;
// site hosts are answered before Next here, but a request Next routes itself may still meet it).
const hostname = flag(['-H', '--hostname'], 'localhost');
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

async function main() {
  // The app reads the client address from our header only when this server set it.
  process.env.PM_CLIENT_IP_FROM_SERVER = '1';
  const app = next({ dev: false, dir: path.resolve(process.cwd()), hostname, port });
  const handle = app.getRequestHandler();
  const site = createSiteRequestListener({ onError: (err, where) => reportError(err, { where }) });
  await app.prepare();
  const server = createServer(createFrontListener({ trusted, site, app: (req, res) => void handle(req, res) }));
  server.listen(port, hostname, () => console.log(`  ▲ Page Magic listening on http://${hostname}:${port}`));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Stop taking connections; the app's own shutdown work (instrumentation) runs meanwhile.
      // Once the requests in progress are answered, the site traffic counted since the last batch
      // is written (flushes run one at a time, so this waits for one in progress) before exiting.
      const exit = () =>
        void flushSiteTraffic().then(
          () => process.exit(0),
          (err: unknown) => {
            reportError(err, { where: 'traffic flush at shutdown' });
            process.exit(1);
          },
        );
      server.close(exit);
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        exit();
      }, 8_000).unref();
      setTimeout(() => process.exit(1), 15_000).unref();
    });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
