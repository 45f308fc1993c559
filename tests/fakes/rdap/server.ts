import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An RDAP server (RFC 9083) for tests: `GET /domain/<name>` answers `application/rdap+json` with the
 * registration's events and registrar entity for names the test registered, 404 (an RDAP error
 * object) for the rest. Counts requests so tests can see lookups are throttled.
 */
export type RdapStandIn = {
  url: string;
  requests: string[];
  register(name: string, registration: { expiresAt: Date; registrar?: string }): void;
  close(): Promise<void>;
};

export async function startRdapStandIn(): Promise<RdapStandIn> {
  const domains = new Map<string, { expiresAt: Date; registrar?: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://rdap.test');
    requests.push(url.pathname);
    const match = /^\/domain\/([^/]+)$/.exec(url.pathname);
    const name = match ? decodeURIComponent(match[1]!).toLowerCase() : null;
    const found = name ? domains.get(name) : undefined;
    res.setHeader('Content-Type', 'application/rdap+json');
    if (!name || !found) {
      res.writeHead(404);
      res.end(JSON.stringify({ rdapConformance: ['rdap_level_0'], errorCode: 404, title: 'Not Found' }));
      return;
    }
    res.writeHead(200);
    res.end(
      JSON.stringify({
        rdapConformance: ['rdap_level_0'],
        objectClassName: 'domain',
        ldhName: name,
        status: ['active'],
        events: [
          { eventAction: 'registration', eventDate: '2020-01-15T12:00:00Z' },
          { eventAction: 'expiration', eventDate: found.expiresAt.toISOString() },
          { eventAction: 'last changed', eventDate: '2026-01-10T08:00:00Z' },
        ],
        entities: found.registrar
          ? [
              {
                objectClassName: 'entity',
                roles: ['registrar'],
                vcardArray: [
                  'vcard',
                  [
                    ['version', {}, 'text', '4.0'],
                    ['fn', {}, 'text', found.registrar],
                  ],
                ],
              },
            ]
          : [],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    register: (name, registration) => void domains.set(name.toLowerCase(), registration),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
