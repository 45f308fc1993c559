import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkServerActionRequest, isPossibleServerAction } from './check-server-action-request';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './server-action-limits';

// The proxy's check of server-action requests (issue 10 #7/#8): what it lets through, React's own
// decoder (the one Next runs) decodes without throwing — a throw there is Next's 500 — and what
// our pages really send (React's own encoder) gets through.

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const APP = 'http://app.test';
const ACTION_ID = '7f'.repeat(21);

function actionRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/dashboard`, {
    method: 'POST',
    headers: { host: 'app.test', origin: APP, 'next-action': ACTION_ID, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body,
  });
}

/** A request exactly as the browser sends `action(...args)`: React's reply encoding, as text or multipart. */
async function encodedRequest(args: unknown[]): Promise<Request> {
  const body = await encodeReply(args);
  if (typeof body === 'string') return actionRequest(body);
  const request = new Request(`${APP}/dashboard`, { method: 'POST', body });
  return actionRequest(await request.arrayBuffer(), { 'content-type': request.headers.get('content-type')! });
}

type Reply = { kind: 'text'; body: string } | { kind: 'form'; entries: Array<[string, string]> };

/** React's server decoder (react-server build, in its own process): null, or the error it throws. */
function decodeWithReact(replies: Reply[]): Array<string | null> {
  const script = `
    const { decodeReply, createTemporaryReferenceSet } = require('next/dist/compiled/react-server-dom-webpack/server.node.js');
    const replies = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const out = [];
      for (const reply of replies) {
        let body = reply.body;
        if (reply.kind === 'form') { body = new FormData(); for (const [k, v] of reply.entries) body.append(k, v); }
        try { await decodeReply(body, {}, { temporaryReferences: createTemporaryReferenceSet() }); out.push(null); }
        catch (err) { out.push(String(err && err.message).slice(0, 200)); }
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const run = spawnSync(process.execPath, ['--conditions', 'react-server', '-e', script], {
    input: JSON.stringify(replies),
    encoding: 'utf8',
    cwd: process.cwd(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Array<string | null>;
}

function multipart(entries: Array<[string, string]>): Request {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  const encoded = new Request(APP, { method: 'POST', body: form });
  return new Request(`${APP}/dashboard`, {
    method: 'POST',
    headers: { host: 'app.test', origin: APP, 'next-action': ACTION_ID, 'content-type': encoded.headers.get('content-type')! },
    body: encoded.body,
    duplex: 'half',
  } as RequestInit);
}

describe('checkServerActionRequest', () => {
  it('lets through what our pages send: an input object, useActionState’s (state, FormData), dates, undefined, maps', async () => {
    const form = new FormData();
    form.append('name', 'Bakery');
    form.append('slug', '');
    for (const args of [
      [{ projectId: '0b4e7a1c-0000-4000-8000-000000000000' }],
      [{ ok: false, error: { code: 'VALIDATION', message: 'm', fieldErrors: { name: ['x'] } } }, form],
      [undefined, form],
      [{ when: new Date(0), nothing: undefined, text: '$dollar', n: -0, big: 10n }],
      [new Map([['a', 1]]), new Set(['b'])],
    ]) {
      expect(
        await checkServerActionRequest(await encodedRequest(args), APP),
        JSON.stringify(args, (_k, v: unknown) => String(v)),
      ).toBeNull();
    }
  });

  it('refuses another origin (403), a body over the limit (413) and malformed bodies (400)', async () => {
    const big = 'x'.repeat(SERVER_ACTION_BODY_LIMIT_BYTES);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(SERVER_ACTION_BODY_LIMIT_BYTES / 10));
        controller.close();
      },
    });
    const cases: Array<[Request, number]> = [
      [actionRequest('[{}]', { origin: 'https://evil.example' }), 403],
      [actionRequest('[{}]', { origin: 'null' }), 403],
      [actionRequest(`["${big}"]`), 413],
      [
        new Request(`${APP}/x`, { method: 'POST', headers: { 'next-action': ACTION_ID }, body: chunked, duplex: 'half' } as RequestInit),
        413,
      ],
      [actionRequest(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d])), 400],
      [actionRequest('[{"a":'), 400],
      [actionRequest(`${'['.repeat(5_000)}${']'.repeat(5_000)}`), 400],
      [actionRequest('["$1"]'), 400],
      [actionRequest('["$nabc"]'), 400],
      [actionRequest('["$h1"]'), 400],
      [actionRequest('["$T"]'), 400],
      [actionRequest('["$0:a:b"]'), 400],
      [actionRequest('--x\r\nnot multipart', { 'content-type': 'multipart/form-data; boundary=y' }), 400],
      [multipart([['1', '[]']]), 400],
      [multipart([['0', '["$Q1"]']]), 400],
      [multipart(Array.from({ length: 100 }, (_, i): [string, string] => [String(i), '[]'])), 400],
    ];
    for (const [request, status] of cases) expect((await checkServerActionRequest(request, APP))?.status).toBe(status);
  });

  it('is only asked about POSTs Next could take for a server action', () => {
    expect(isPossibleServerAction(actionRequest('[]'))).toBe(true);
    expect(
      isPossibleServerAction(new Request(`${APP}/x`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' } })),
    ).toBe(true);
    expect(isPossibleServerAction(new Request(`${APP}/x`, { method: 'POST', headers: { 'content-type': 'application/json' } }))).toBe(
      false,
    );
    expect(isPossibleServerAction(new Request(`${APP}/api/x`, { method: 'POST', headers: { 'next-action': ACTION_ID } }))).toBe(false);
    expect(isPossibleServerAction(new Request(`${APP}/x`, { headers: { 'next-action': ACTION_ID } }))).toBe(false);
  });

  it('never lets through a body React’s decoder throws on (fuzzed)', async () => {
    // Reply-shaped JSON: plain values mixed with every kind of `$` token, valid or not.
    const token = fc.oneof(
      fc.constantFrom('$$', '$undefined', '$Infinity', '$-Infinity', '$NaN', '$-0', '$D2020-01-01T00:00:00.000Z', '$Dnonsense', '$T', '$Z'),
      fc
        .tuple(fc.constantFrom('$', '$K', '$@', '$Q', '$W', '$i', '$B', '$h', '$n', '$F', '$R', '$A'), fc.nat({ max: 20 }))
        .map(([p, n]) => `${p}${n.toString(16)}`),
      fc
        .tuple(fc.nat({ max: 3 }), fc.array(fc.constantFrom('a', '0', 'x', '__proto__'), { maxLength: 3 }))
        .map(([n, path]) => `$${n}${path.map((k) => `:${k}`).join('')}`),
      fc.string({ maxLength: 6 }).map((s) => `$${s}`),
      fc.constantFrom('$n12345678901234567890', '$n-5', '$nabc'),
    );
    const model: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        token,
        fc.string({ maxLength: 5 }),
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'x', '0'), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const reply: fc.Arbitrary<Reply> = fc.oneof(
      model.map((m) => ({ kind: 'text' as const, body: JSON.stringify(m) })),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('0', '1', '2', '3', '_1_name', 'x'),
            model.map((m) => JSON.stringify(m)),
          ),
          { minLength: 1, maxLength: 4 },
        )
        .map((entries) => ({ kind: 'form' as const, entries })),
    );
    const samples = fc.sample(reply, { numRuns: 600, seed: Date.now() % 100_000 });
    const accepted: Reply[] = [];
    for (const sample of samples) {
      const request = sample.kind === 'text' ? actionRequest(sample.body) : multipart(sample.entries);
      if ((await checkServerActionRequest(request, APP)) === null) accepted.push(sample);
    }
    expect(accepted.length).toBeGreaterThan(20); // the fuzz reaches the decoder, not only the checker
    const decoded = decodeWithReact(accepted);
    const thrown = accepted.map((r, i) => ({ reply: r, error: decoded[i] })).filter((r) => r.error !== null);
    expect(thrown).toEqual([]);
  });
});
