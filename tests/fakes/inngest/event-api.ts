import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Inngest's event API (`POST /e/<event key>`, what `inngest.send()` calls), on
 * loopback: it answers like Inngest (`{ ids, status: 200 }`), keeps what it received, drops event
 * ids it has already seen (Inngest's 24-hour dedupe), and can be told to fail like an outage.
 */
export type FakeInngest = {
  url: string;
  received: Array<{ name: string; data: unknown; id?: string }>;
  /** Answer 503 until set back to false. */
  failing: boolean;
  close(): Promise<void>;
};

export async function startFakeInngest(): Promise<FakeInngest> {
  const seen = new Set<string>();
  const state: Omit<FakeInngest, 'url' | 'close'> = { received: [], failing: false };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST' || !req.url?.startsWith('/e/')) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: 'not found', status: 404 }));
        return;
      }
      if (state.failing) {
        res.statusCode = 503;
        res.end(JSON.stringify({ error: 'service unavailable', status: 503 }));
        return;
      }
      const events = JSON.parse(body) as Array<{ name: string; data: unknown; id?: string }>;
      const ids: string[] = [];
      for (const event of events) {
        const id = event.id ?? `${Date.now()}-${Math.random()}`;
        ids.push(id);
        if (event.id && seen.has(event.id)) continue;
        if (event.id) seen.add(event.id);
        state.received.push(event);
      }
      res.end(JSON.stringify({ ids, status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
