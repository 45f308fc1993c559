import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * A local Web Push service (the `web-push-testing` package) for tests: subscribe like a browser's
 * PushManager would (same JSON), receive real encrypted, VAPID-signed pushes from `web-push`, read
 * back what arrived (decrypted), and expire a subscription so the next push gets 410 Gone.
 */
export type TestPushService = {
  url: string;
  subscribe(applicationServerKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string }>;
  messages(clientHash: string): Promise<unknown[]>;
  expire(clientHash: string): Promise<void>;
  stop(): Promise<void>;
};

// From the repository root (vitest and Playwright both run there; Playwright compiles this as
// CommonJS, where import.meta is not available).
export async function startTestPushService(port = 20_000 + Math.floor(Math.random() * 20_000)): Promise<TestPushService> {
  const child: ChildProcess = spawn(process.execPath, [path.join(process.cwd(), 'tests/fakes/push/serve.mjs'), String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://localhost:${port}`;
  const post = async (pathname: string, body?: unknown) => {
    const res = await fetch(`${url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res;
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`web-push-testing exited (${child.exitCode})`);
    try {
      if ((await post('/status')).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('web-push-testing did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async subscribe(applicationServerKey) {
      const res = await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey });
      const json = (await res.json()) as { data: { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string } };
      if (!res.ok) throw new Error(`subscribe failed: ${JSON.stringify(json)}`);
      return json.data;
    },
    async messages(clientHash) {
      const res = await post('/get-notifications', { clientHash });
      const json = (await res.json()) as { data?: { messages: unknown[] } };
      return json.data?.messages ?? [];
    },
    async expire(clientHash) {
      const res = await post(`/expire-subscription/${clientHash}`);
      if (!res.ok) throw new Error(`expire failed: ${res.status}`);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
