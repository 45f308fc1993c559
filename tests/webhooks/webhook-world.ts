import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { jobs } from '~inngest/functions';
import type { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { testJobEngine } from '@tests/helpers/jobs';

/**
 * A receiver as a customer's tool would run one, on loopback (the test-only allowance of the
 * webhook guard): it verifies each request with the Standard Webhooks reference library and
 * applies the event once per `webhook-id` — what the spec asks receivers to do. `answer` decides
 * each request's fate by its number (1-based): a status after applying the event (a receiver
 * that timed out on its side, say), or 'down' (the connection is dropped before anything is read).
 */
export type Fate = number | 'down';

export type Receiver = {
  url: string;
  requests: { headers: IncomingHttpHeaders; body: string; verified: unknown }[];
  /** The events applied, deduped by webhook-id. */
  effects: Map<string, unknown>;
  setSecret(secret: string): void;
  answer: (n: number) => Fate;
  close(): Promise<void>;
};

export async function startReceiver(answer: (n: number) => Fate = () => 200): Promise<Receiver> {
  let secret = '';
  const receiver: Receiver = {
    url: '',
    requests: [],
    effects: new Map(),
    setSecret: (s) => {
      secret = s;
    },
    answer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const fate = receiver.answer(receiver.requests.length + 1);
    if (fate === 'down') {
      receiver.requests.push({ headers: req.headers, body: '', verified: null });
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified: unknown = null;
      try {
        verified = new Webhook(secret).verify(body, req.headers as Record<string, string>);
      } catch {
        verified = null;
      }
      receiver.requests.push({ headers: req.headers, body, verified });
      const id = String(req.headers['webhook-id']);
      if (verified && !receiver.effects.has(id)) receiver.effects.set(id, verified);
      res.writeHead(fate, { 'content-type': 'text/plain' }).end(`answer ${receiver.requests.length}: ${'x'.repeat(2000)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/**
 * The app's jobs on the embedded engine with a clock the test moves: a delivery's back-off sleeps
 * (hours) pass by moving the clock, never by waiting.
 */
export function clockedEngine(): { engine: EmbeddedEngine; advance(ms: number): Promise<void>; drain(): Promise<void> } {
  let offset = 0;
  const engine = testJobEngine(jobs, { now: () => new Date(Date.now() + offset) });
  return {
    engine,
    drain: () => engine.drain(),
    async advance(ms: number) {
      offset += ms;
      await engine.drain();
    },
  };
}

export const HOUR = 60 * 60 * 1000;
