import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_REPLY, MALFORMED_REPLY, startFakeOpenAI, tokenize, type FakeOpenAIOptions, type FakeOpenAIServer } from './server';
import { synthesizeFromSchema } from './synthesize-from-schema';

const servers: FakeOpenAIServer[] = [];
async function start(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAI(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

interface ChunkShape {
  id: string;
  object: string;
  model: string;
  choices: Array<{ index: number; delta: { role?: string; content?: string }; finish_reason: string | null }>;
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
}

/** Reads an SSE body into its `data:` payloads, recording when each arrived. */
async function readSse(response: Response): Promise<Array<{ data: string; at: number }>> {
  const events: Array<{ data: string; at: number }> = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const event = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      for (const line of event.split('\n')) {
        if (line.startsWith('data: ')) events.push({ data: line.slice(6), at: performance.now() });
      }
      boundary = buffer.indexOf('\n\n');
    }
  }
  expect(buffer).toBe('');
  return events;
}

function chat(server: FakeOpenAIServer, body: Record<string, unknown>, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer test-key' },
    body: JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content: 'Hello there!' }], ...body }),
    ...init,
  });
}

describe('fake OpenAI server: protocol', () => {
  it('streams chat.completion.chunk events, a finish chunk, a usage chunk and [DONE]', async () => {
    const server = await start({ responder: () => 'Hello from the fake model!' });
    const response = await chat(server, { stream: true, stream_options: { include_usage: true } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');

    const events = await readSse(response);
    expect(events.at(-1)!.data).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data) as ChunkShape);
    const contentChunks = chunks.filter((c) => c.choices[0]?.delta.content !== undefined);
    expect(contentChunks[0].choices[0].delta.role).toBe('assistant');
    expect(contentChunks.map((c) => c.choices[0].delta.content).join('')).toBe('Hello from the fake model!');
    expect(contentChunks.map((c) => c.choices[0].delta.content)).toEqual(tokenize('Hello from the fake model!'));
    for (const c of chunks) {
      expect(c.object).toBe('chat.completion.chunk');
      expect(c.id).toBe(chunks[0].id);
    }

    const finish = chunks.find((c) => c.choices[0]?.finish_reason);
    expect(finish?.choices[0].finish_reason).toBe('stop');
    const usageChunk = chunks.at(-1)!;
    expect(usageChunk.choices).toEqual([]);
    expect(usageChunk.usage).toEqual({
      prompt_tokens: Math.ceil('Hello there!'.length / 4),
      completion_tokens: tokenize('Hello from the fake model!').length,
      total_tokens: Math.ceil('Hello there!'.length / 4) + tokenize('Hello from the fake model!').length,
    });
  });

  it('omits the usage chunk unless include_usage is set', async () => {
    const server = await start();
    const events = await readSse(await chat(server, { stream: true }));
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data) as ChunkShape);
    expect(chunks.every((c) => c.usage === undefined && c.choices.length === 1)).toBe(true);
    expect(chunks.map((c) => c.choices[0].delta.content ?? '').join('')).toBe(DEFAULT_TEXT_REPLY);
  });

  it('answers non-streaming requests with a chat.completion and usage', async () => {
    const server = await start({ model: 'my-model' });
    const response = await chat(server, { stream: false });
    const body = (await response.json()) as {
      object: string;
      model: string;
      choices: Array<{ message: { role: string; content: string }; finish_reason: string }>;
      usage: { completion_tokens: number };
    };
    expect(body.object).toBe('chat.completion');
    expect(body.model).toBe('my-model');
    expect(body.choices[0].message).toMatchObject({ role: 'assistant', content: DEFAULT_TEXT_REPLY });
    expect(body.choices[0].finish_reason).toBe('stop');
    expect(body.usage.completion_tokens).toBe(tokenize(DEFAULT_TEXT_REPLY).length);
  });

  it('honours max_tokens with finish_reason "length"', async () => {
    const server = await start();
    const body = (await (await chat(server, { max_tokens: 3 })).json()) as {
      choices: Array<{ message: { content: string }; finish_reason: string }>;
    };
    expect(body.choices[0].message.content).toBe(tokenize(DEFAULT_TEXT_REPLY).slice(0, 3).join(''));
    expect(body.choices[0].finish_reason).toBe('length');
  });

  it('synthesizes a valid instance for a json_schema response_format', async () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 8 },
        kind: { type: 'string', enum: ['hero', 'faq'] },
        count: { type: 'integer', minimum: 3 },
        tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
        cta: { anyOf: [{ $ref: '#/$defs/link' }, { type: 'null' }] },
        optional: { type: 'string' },
      },
      required: ['title', 'kind', 'count', 'tags', 'cta'],
      additionalProperties: false,
      $defs: { link: { type: 'object', properties: { href: { type: 'string', format: 'uri' } }, required: ['href'] } },
    };
    const server = await start();
    const events = await readSse(
      await chat(server, { stream: true, response_format: { type: 'json_schema', json_schema: { name: 'site', schema, strict: true } } }),
    );
    const text = events
      .slice(0, -1)
      .map((e) => (JSON.parse(e.data) as ChunkShape).choices[0]?.delta.content ?? '')
      .join('');
    expect(JSON.parse(text)).toEqual({
      title: 'lorem lorem',
      kind: 'hero',
      count: 3,
      tags: ['lorem', 'lorem'],
      cta: { href: 'https://example.com/lorem' },
    });
  });

  it('answers json_object requests with JSON and lets a responder decide the content', async () => {
    const server = await start();
    const plain = (await (await chat(server, { response_format: { type: 'json_object' } })).json()) as {
      choices: Array<{ message: { content: string } }>;
    };
    expect(JSON.parse(plain.choices[0].message.content)).toEqual({ message: 'lorem' });

    server.setOptions({ responder: (req) => JSON.stringify({ echoed: req.messages?.length }) });
    const custom = (await (await chat(server, {})).json()) as { choices: Array<{ message: { content: string } }> };
    expect(custom.choices[0].message.content).toBe('{"echoed":1}');
  });

  it('lists the configured model and records requests with headers and bodies', async () => {
    const server = await start({ model: 'qwen-test' });
    const models = (await (await fetch(`${server.url}/models`)).json()) as { object: string; data: Array<{ id: string }> };
    expect(models.object).toBe('list');
    expect(models.data.map((m) => m.id)).toEqual(['qwen-test']);

    await chat(server, { temperature: 0.2 });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models', 'POST /v1/chat/completions']);
    expect(server.requests[1].headers.authorization).toBe('Bearer test-key');
    expect(server.requests[1].body).toMatchObject({ model: 'fake-model', temperature: 0.2 });
  });

  it('rejects requests without the required API key', async () => {
    const server = await start({ requireApiKey: 'secret' });
    const response = await chat(server, {});
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_api_key');
    const ok = await fetch(`${server.url}/models`, { headers: { authorization: 'Bearer secret' } });
    expect(ok.status).toBe(200);
  });

  it('answers 404 for unknown routes', async () => {
    const server = await start();
    expect((await fetch(`${server.url}/completions`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('fake OpenAI server: timing', () => {
  it('waits timeToFirstTokenMs, then streams at tokensPerSecond', async () => {
    const text = 'x'.repeat(4 * 20); // 20 tokens
    const server = await start({ responder: () => text, timeToFirstTokenMs: 200, tokensPerSecond: 50 });
    const startedAt = performance.now();
    const events = await readSse(await chat(server, { stream: true }));
    const contentEvents = events.filter((e) => e.data !== '[DONE]' && (JSON.parse(e.data) as ChunkShape).choices[0]?.delta.content);
    const firstAt = contentEvents[0].at - startedAt;
    const total = events.at(-1)!.at - startedAt;
    expect(firstAt).toBeGreaterThanOrEqual(180);
    expect(firstAt).toBeLessThan(2_000); // generous: CI machines are often loaded
    // 19 more tokens at 50/s ≈ 380 ms after the first one.
    expect(total - firstAt).toBeGreaterThan(300);
    expect(total - firstAt).toBeLessThan(4_000);
  });

  it('shares aggregateTokensPerSecond across concurrent streams', async () => {
    const text = 'y'.repeat(4 * 40); // 40 tokens per stream
    const server = await start({ responder: () => text, tokensPerSecond: 1000, aggregateTokensPerSecond: 100 });
    const startedAt = performance.now();
    const all = await Promise.all([1, 2, 3, 4].map(async () => readSse(await chat(server, { stream: true }))));
    const elapsed = performance.now() - startedAt;
    // 160 tokens through a 100 tokens/s bucket ≈ 1.6 s; alone each stream would take 40 ms.
    expect(elapsed).toBeGreaterThan(1300);
    expect(elapsed).toBeLessThan(10_000);
    // Fair interleaving: every stream is still running near the end, none finished early.
    const finishTimes = all.map((events) => events.at(-1)!.at - startedAt);
    expect(Math.min(...finishTimes)).toBeGreaterThan(1100);
  });

  it('delays non-streaming answers by the generation time', async () => {
    const server = await start({ responder: () => 'z'.repeat(4 * 10), timeToFirstTokenMs: 100, tokensPerSecond: 40 });
    const startedAt = performance.now();
    await (await chat(server, {})).json();
    const elapsed = performance.now() - startedAt;
    expect(elapsed).toBeGreaterThan(250);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('fake OpenAI server: faults', () => {
  it('http500 for the next N requests, then recovers', async () => {
    const server = await start({ fault: { kind: 'http500', times: 2 } });
    expect((await chat(server, {})).status).toBe(500);
    const second = await chat(server, {});
    expect(second.status).toBe(500);
    expect(((await second.json()) as { error: { type: string } }).error.type).toBe('server_error');
    expect((await chat(server, {})).status).toBe(200);
  });

  it('http429 with retry-after', async () => {
    const server = await start({ fault: { kind: 'http429', times: 1 } });
    const limited = await chat(server, {});
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await chat(server, {})).status).toBe(200);
  });

  it('a fault without times lasts until cleared', async () => {
    const server = await start({ fault: { kind: 'http500' } });
    for (let i = 0; i < 3; i++) expect((await chat(server, {})).status).toBe(500);
    server.setOptions({ fault: null });
    expect((await chat(server, {})).status).toBe(200);
  });

  it('hang never answers; the client can abort and close() still resolves', async () => {
    const server = await start({ fault: { kind: 'hang' } });
    const pending = chat(server, { stream: true }, { signal: AbortSignal.timeout(300) });
    await expect(pending).rejects.toThrow();
    const neverAnswered = chat(server, { stream: true }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closeStarted = performance.now();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    expect(performance.now() - closeStarted).toBeLessThan(3_000);
    expect(await neverAnswered).toBeInstanceOf(Error);
  });

  it('malformed-json answers prose instead of JSON', async () => {
    const server = await start({ fault: { kind: 'malformed-json', times: 1 } });
    const body = (await (await chat(server, { response_format: { type: 'json_object' } })).json()) as {
      choices: Array<{ message: { content: string } }>;
    };
    expect(body.choices[0].message.content).toBe(MALFORMED_REPLY);
    expect(() => JSON.parse(body.choices[0].message.content)).toThrow();
  });

  it('truncated streams half the tokens then drops the connection', async () => {
    const text = 'abcd'.repeat(10); // 10 tokens
    const server = await start({ responder: () => text, fault: { kind: 'truncated', times: 1 } });
    const response = await chat(server, { stream: true });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    let failure: unknown = null;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        received += value;
      }
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);
    expect(received).not.toContain('[DONE]');
    expect(received.match(/chat\.completion\.chunk/g)?.length).toBe(5);

    // The fault was for one request only.
    expect((await readSse(await chat(server, { stream: true }))).at(-1)!.data).toBe('[DONE]');
  });
});

describe('fake OpenAI server: non-streaming truncation', () => {
  it('sends half the body and drops the connection', async () => {
    const server = await start({ fault: { kind: 'truncated', times: 1 } });
    const response = await chat(server, {});
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });
});

describe('synthesizeFromSchema', () => {
  it('handles definitions refs, const, oneOf, nullable types and number bounds', () => {
    expect(
      synthesizeFromSchema({
        type: 'object',
        required: ['a', 'b', 'c', 'd', 'e', 'f'],
        properties: {
          a: { $ref: '#/definitions/A' },
          b: { const: 'fixed' },
          c: { oneOf: [{ type: 'number', exclusiveMinimum: 5 }, { type: 'string' }] },
          d: { type: ['null', 'string'], maxLength: 3 },
          e: { type: 'number', maximum: -2 },
          f: { type: 'array', prefixItems: [{ type: 'boolean' }, { type: 'null' }] },
        },
        definitions: { A: { type: 'object', properties: { x: { type: 'integer' } }, required: ['x'] } },
      }),
    ).toEqual({ a: { x: 1 }, b: 'fixed', c: 6, d: 'lor', e: -2, f: [false, null] });
  });

  it('stops on self-recursive schemas', () => {
    const value = synthesizeFromSchema({
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } }, required: ['child'] } },
    });
    expect(JSON.stringify(value)).toContain('null');
  });
});
