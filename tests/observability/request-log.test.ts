import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind, context, trace } from '@opentelemetry/api';
import { NextRequest } from 'next/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { REQUEST_ID_HEADER, setLogDestination } from '@/lib/log';
import { REQUEST_REFERENCE_COOKIE, readRequestReference } from '@/lib/request-reference';
import { startRequestTelemetry } from '@/lib/telemetry/start-request-telemetry';
import { proxy } from '@/proxy';

// A request through the app writes ONE structured line carrying the id that the response header
// and the error pages' reference show. Next opens a `BaseServer.handleRequest` span around each
// request, runs the proxy inside it, and ends it with the status and the route pattern; here the
// test plays Next's part with the same span name and attributes (node_modules/next/dist/server/
// base-server.js) around the real proxy, on the real tracer provider and span processor that
// src/instrumentation.ts registers. Lines are captured from pino through a destination stream.

type Line = Record<string, unknown>;
const lines: Line[] = [];
let restoreLog: () => void;

beforeAll(() => {
  startRequestTelemetry();
  restoreLog = setLogDestination(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
        done();
      },
    }),
    'info',
  );
});
afterAll(() => restoreLog());
afterEach(() => {
  lines.length = 0;
});

const tracer = () => trace.getTracer('next.js');

/** One request as Next runs it: the proxy, then (when the proxy lets it through) the render. */
async function throughTheApp(request: NextRequest, render: { route: string; status: number }) {
  return tracer().startActiveSpan(
    request.method,
    { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': request.method } },
    async (span) => {
      const response = await context.with(trace.setSpan(context.active(), span), () => proxy(request));
      const continues = response.headers.has('x-middleware-next') || response.headers.has('x-middleware-rewrite');
      if (continues) span.setAttributes({ 'next.route': render.route });
      span.setAttributes({ 'http.status_code': continues ? render.status : response.status });
      span.end();
      return response;
    },
  );
}

const requestLines = () => lines.filter((line) => line.kind === 'request');

describe('the request log', () => {
  it('a page request writes one line with the id the response header and the error page show', async () => {
    const response = await throughTheApp(
      new NextRequest('http://localhost:3000/dashboard/projects/5b3c?tab=x', { headers: { accept: 'text/html' } }),
      { route: '/dashboard/projects/[id]', status: 500 },
    );
    const id = response.headers.get(REQUEST_ID_HEADER);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const written = requestLines();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      requestId: id,
      name: '/dashboard/projects/[id]',
      method: 'GET',
      status: 500,
      outcome: 'error',
      level: 'error',
      service: 'page-magic',
    });
    expect(typeof written[0]!.durationMs).toBe('number');
    // The raw path (with its id and query) never reaches the log: the route pattern does.
    expect(JSON.stringify(written[0])).not.toContain('5b3c');
    // What the error page reads: the reference cookie holds the same id.
    const cookie = response.cookies.get(REQUEST_REFERENCE_COOKIE);
    expect(cookie?.httpOnly).toBeFalsy();
    expect(readRequestReference(`other=1; ${REQUEST_REFERENCE_COOKIE}=${cookie?.value ?? ''}`)).toBe(id);
  });

  it('honours a well-formed incoming x-request-id and replaces a malformed one', async () => {
    const incoming = 'lb-7f3a9c21-0001';
    const honoured = await throughTheApp(new NextRequest('http://localhost:3000/', { headers: { [REQUEST_ID_HEADER]: incoming } }), {
      route: '/',
      status: 200,
    });
    expect(honoured.headers.get(REQUEST_ID_HEADER)).toBe(incoming);
    expect(requestLines().map((line) => line.requestId)).toEqual([incoming]);

    lines.length = 0;
    const forged = 'x"} {"level":"fatal';
    const replaced = await throughTheApp(new NextRequest('http://localhost:3000/', { headers: { [REQUEST_ID_HEADER]: forged } }), {
      route: '/',
      status: 200,
    });
    const id = replaced.headers.get(REQUEST_ID_HEADER);
    expect(id).not.toBe(forged);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines()).toEqual([expect.objectContaining({ requestId: id, outcome: 'ok', status: 200 })]);
  });

  it('a published site’s request gets an id and its line, but no cookie of the app’s', async () => {
    const response = await throughTheApp(
      new NextRequest('http://bakery.localhost:3000/about', { headers: { accept: 'text/html', host: 'bakery.localhost:3000' } }),
      {
        route: '/site-host/[[...path]]',
        status: 200,
      },
    );
    expect(response.headers.get('x-middleware-rewrite')).toContain('/site-host');
    const id = response.headers.get(REQUEST_ID_HEADER);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(requestLines()).toEqual([expect.objectContaining({ requestId: id, name: '/site-host/[[...path]]' })]);
  });

  it('a request the proxy answers itself (a cross-site server action) is logged once, by the proxy', async () => {
    const response = await throughTheApp(
      new NextRequest('http://localhost:3000/dashboard', {
        method: 'POST',
        headers: { 'next-action': 'abc123', origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
        body: '[]',
      }),
      { route: '/dashboard', status: 200 },
    );
    expect(response.status).toBe(403);
    expect(requestLines()).toEqual([
      expect.objectContaining({ requestId: response.headers.get(REQUEST_ID_HEADER), name: 'proxy', status: 403, outcome: 'refused' }),
    ]);
  });

  it('a server action writes one line with its name, outcome and the error code, never the input', async () => {
    const renameThing = defineAction('renameThing', z.object({ name: z.string().min(2) }), async ({ name }) => {
      if (name === 'taken') throw new AppError('CONFLICT', 'errors.common.invalidRequest');
      return { name };
    });
    await renameThing({ name: 'secret-name@example.com' });
    await renameThing({ name: 'taken' });
    const actionLines = lines.filter((line) => line.kind === 'action');
    expect(actionLines).toEqual([
      expect.objectContaining({ name: 'renameThing', outcome: 'ok', requestId: expect.any(String) }),
      expect.objectContaining({ name: 'renameThing', outcome: 'refused', errorCode: 'CONFLICT' }),
    ]);
    expect(JSON.stringify(actionLines)).not.toContain('example.com');
  });
});
