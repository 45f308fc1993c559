import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * The network-level half of the analyzer's SSRF guard: a forward proxy on loopback that the
 * analysis browser must use for everything (`--proxy-server`, loopback not bypassed). For each
 * connection it asks `resolve` for the address to use — the same check as the first URL — and
 * connects to that address itself, so:
 * - WebSockets (whose handshakes the DevTools Fetch domain never sees), workers, service workers
 *   and out-of-process iframes are checked like any request;
 * - the browser never resolves a name: a DNS answer that changes after the check (rebinding) is
 *   never used, for subrequest hosts as for the analyzed host.
 * Hand-written (~80 lines) because the proxy libraries on npm connect to the name they are given;
 * here the whole point is to connect to the address that was checked.
 */
export type ResolveDestination = (url: URL) => Promise<{ address: string; port: number } | null>;

export type GuardProxy = { port: number; close: () => Promise<void> };

const BLOCKED = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

export async function startGuardProxy(resolve: ResolveDestination): Promise<GuardProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void forwardHttp(request, response, resolve);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // https and wss (and ws) go through CONNECT: a tunnel to the checked address.
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    void (async () => {
      client.on('error', () => client.destroy());
      const destination = await resolve(new URL(`https://${request.url ?? ''}`)).catch(() => null);
      if (!destination) {
        client.end(BLOCKED);
        return;
      }
      const upstream = connect(destination.port, destination.address, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    })();
  });
  // A plain ws:// upgrade sent to the proxy itself: refused (browsers tunnel WebSockets with CONNECT).
  server.on('upgrade', (_request: IncomingMessage, socket: Socket) => socket.end(BLOCKED));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

async function forwardHttp(request: IncomingMessage, response: ServerResponse, resolve: ResolveDestination) {
  let url: URL;
  try {
    url = new URL(request.url ?? '');
  } catch {
    response.writeHead(400).end();
    return;
  }
  const destination = url.protocol === 'http:' ? await resolve(url).catch(() => null) : null;
  if (!destination) {
    response.writeHead(403).end();
    return;
  }
  const headers = { ...request.headers };
  delete headers['proxy-connection'];
  delete headers['proxy-authorization'];
  const upstream = httpRequest(
    {
      host: destination.address,
      port: destination.port,
      method: request.method,
      path: `${url.pathname}${url.search}`,
      headers,
      setHost: false,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
  request.pipe(upstream);
}
