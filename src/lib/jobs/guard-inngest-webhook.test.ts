import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { resetEnvCache } from '@/lib/env';
import { guardInngestWebhook, MAX_INNGEST_BODY_BYTES } from './guard-inngest-webhook';

// The wrapper around Inngest's serve() handlers: junk gets a 4xx instead of the SDK's 500, and
// Inngest's own signed calls reach the SDK byte for byte (the signature covers the exact body).

const saved = { key: process.env.INNGEST_EVENT_KEY, dev: process.env.INNGEST_DEV };
afterEach(() => {
  for (const [name, value] of [
    ['INNGEST_EVENT_KEY', saved.key],
    ['INNGEST_DEV', saved.dev],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

function useInngest(isOn: boolean) {
  delete process.env.INNGEST_DEV;
  if (isOn) process.env.INNGEST_EVENT_KEY = 'test-event-key';
  else delete process.env.INNGEST_EVENT_KEY;
  resetEnvCache();
}

function recordingHandler() {
  const seen: Array<{ method: string; url: string; body: string; signature: string | null }> = [];
  const handler = async (request: NextRequest) => {
    seen.push({
      method: request.method,
      url: request.url,
      body: await request.text(),
      signature: request.headers.get('x-inngest-signature'),
    });
    return new Response('{"ok":true}', { status: 200 });
  };
  return { seen, handler: guardInngestWebhook(handler) };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest('http://app.test/api/inngest?fnId=page-magic-publish&stepId=step', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('guardInngestWebhook', () => {
  it('answers 404 with the embedded job engine: there is nothing to serve', async () => {
    useInngest(false);
    const { seen, handler } = recordingHandler();
    expect((await handler(post('{}'), undefined)).status).toBe(404);
    expect((await handler(new NextRequest('http://app.test/api/inngest'), undefined)).status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('passes Inngest’s call on untouched: method, URL, signature header and the exact bytes', async () => {
    useInngest(true);
    const { seen, handler } = recordingHandler();
    const body = '{"event":{"name":"site/publish.requested","data":{"note":"ünïcødé \\u2028"}},"steps":{}}';
    const response = await handler(post(body, { 'x-inngest-signature': 't=1&s=abc' }), undefined);
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { method: 'POST', url: 'http://app.test/api/inngest?fnId=page-magic-publish&stepId=step', body, signature: 't=1&s=abc' },
    ]);
    expect((await handler(new NextRequest('http://app.test/api/inngest'), undefined)).status).toBe(200);
  });

  it('refuses a body that is not UTF-8 JSON (400) or too large (413) before the SDK throws on it', async () => {
    useInngest(true);
    const { seen, handler } = recordingHandler();
    expect((await handler(post('garbage\u0000'), undefined)).status).toBe(400);
    expect((await handler(post(new Uint8Array([0x7b, 0xff, 0x7d])), undefined)).status).toBe(400);
    expect((await handler(post('{}', { 'content-length': String(MAX_INNGEST_BODY_BYTES + 1) }), undefined)).status).toBe(413);
    expect(seen).toEqual([]);
  });
});
