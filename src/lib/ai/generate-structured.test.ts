import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  countPromptTokens,
  startFakeOpenAI,
  tokenize,
  type ChatCompletionRequestBody,
  type FakeOpenAIOptions,
  type FakeOpenAIServer,
} from '@tests/fakes/openai/server';
import { GenerationAbortedError, GenerationFailedError, generateStructured, type GenerateStructuredInput } from './generate-structured';
import type { ProviderConfig } from './providers';
import { promptTemplate } from './prompt-template';

const SectionSchema = z.object({
  title: z.string().min(1),
  body: z.string(),
  items: z.array(z.string()).min(1),
});
type Section = z.infer<typeof SectionSchema>;

const GOOD: Section = { title: 'Padaria Pão Quente', body: 'Pães artesanais desde 1987.', items: ['Pão de queijo', 'Café'] };
const OFFLINE: Section = { title: 'Offline', body: 'Composed without a model.', items: ['one'] };

const servers: FakeOpenAIServer[] = [];
async function start(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAI({ responder: () => JSON.stringify(GOOD), ...options });
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function vllm(server: FakeOpenAIServer): ProviderConfig {
  return { kind: 'vllm', baseURL: server.url, model: 'qwen-test' };
}
function openai(server: FakeOpenAIServer, apiKey = 'sk-test'): ProviderConfig {
  return { kind: 'openai', baseURL: server.url, model: 'gpt-test', apiKey };
}

/** The fields that do not depend on the schema's type. */
function base(chain: ProviderConfig[]) {
  return {
    chain,
    template: promptTemplate('test-section', 1),
    system: 'You write website sections as JSON.',
    prompt: 'A bakery in São Paulo.',
    maxOutputTokens: 800,
    timeoutMs: 10_000,
    firstTokenTimeoutMs: 3_000,
  };
}

function input(chain: ProviderConfig[], overrides: Partial<GenerateStructuredInput<Section>> = {}): GenerateStructuredInput<Section> {
  return { ...base(chain), schema: SectionSchema, jsonSchemaName: 'section', offline: () => OFFLINE, ...overrides };
}

function body(server: FakeOpenAIServer, index = 0): ChatCompletionRequestBody {
  return server.requests[index].body as ChatCompletionRequestBody;
}

describe('generateStructured: success', () => {
  it('streams partial text, validates, and reports the provider and its usage', async () => {
    const server = await start({ tokensPerSecond: 400 });
    const partials: string[] = [];
    const result = await generateStructured(
      input([vllm(server), { kind: 'offline' }], {
        onPartialText: (text, info) => {
          expect(info).toMatchObject({ provider: 'vllm', model: 'qwen-test', attempt: 1 });
          partials.push(text);
        },
      }),
    );

    expect(result.value).toEqual(GOOD);
    expect(result.provider).toBe('vllm');
    expect(result.model).toBe('qwen-test');
    expect(result.attempts).toEqual([{ provider: 'vllm', model: 'qwen-test', durationMs: expect.any(Number) }]);

    const text = JSON.stringify(GOOD);
    expect(partials.length).toBe(tokenize(text).length);
    expect(partials.at(-1)).toBe(text);
    expect(text.startsWith(partials[0])).toBe(true);

    expect(result.usageSource).toBe('provider');
    expect(result.usage).toEqual({
      inputTokens: countPromptTokens(body(server).messages),
      outputTokens: tokenize(text).length,
    });
  });

  it('sends response_format json_schema (for guided decoding), streaming with usage, and the token cap', async () => {
    const server = await start();
    await generateStructured(input([vllm(server)], { jsonSchemaDescription: 'One section of a site.' }));
    const sent = body(server);
    expect(sent.model).toBe('qwen-test');
    expect(sent.stream).toBe(true);
    expect(sent.stream_options).toEqual({ include_usage: true });
    expect(sent.max_tokens).toBe(800);
    expect(sent.messages).toEqual([
      { role: 'system', content: 'You write website sections as JSON.' },
      { role: 'user', content: 'A bakery in São Paulo.' },
    ]);
    expect(sent.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: {
        name: 'section',
        description: 'One section of a site.',
        strict: true,
        schema: {
          type: 'object',
          properties: { title: { type: 'string', minLength: 1 }, items: { type: 'array', minItems: 1 } },
          required: ['title', 'body', 'items'],
          additionalProperties: false,
        },
      },
    });
    // vLLM without a key still gets a bearer token, never the OpenAI key from the environment.
    expect(server.requests[0].headers.authorization).toBe('Bearer EMPTY');
  });

  it('works with whatever the schema is: the fake synthesizes a valid instance', async () => {
    const server = await startFakeOpenAI();
    servers.push(server);
    const Menu = z.object({
      kind: z.enum(['menu', 'gallery']),
      dishes: z.array(z.object({ name: z.string(), price: z.number().min(5) })).min(2),
    });
    const result = await generateStructured({
      ...base([vllm(server)]),
      schema: Menu,
      jsonSchemaName: 'menu',
      offline: () => ({ kind: 'menu' as const, dishes: [] }),
    });
    expect(result.provider).toBe('vllm');
    expect(result.value).toEqual({
      kind: 'menu',
      dishes: [
        { name: 'lorem', price: 5 },
        { name: 'lorem', price: 5 },
      ],
    });
  });

  it('sends the OpenAI key and strict:false when asked', async () => {
    const server = await start({ requireApiKey: 'sk-live' });
    const result = await generateStructured(input([openai(server, 'sk-live')], { strictJsonSchema: false }));
    expect(result.provider).toBe('openai');
    expect(server.requests[0].headers.authorization).toBe('Bearer sk-live');
    expect(body(server).response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: false } });
  });

  it('estimates usage when the server sends no usage chunk', async () => {
    const server = await start({ ignoreStreamOptions: true });
    const result = await generateStructured(input([vllm(server)]));
    expect(result.usageSource).toBe('estimated');
    const system = 'You write website sections as JSON.';
    const prompt = 'A bakery in São Paulo.';
    expect(result.usage).toEqual({
      inputTokens: Math.ceil((system + prompt).length / 4),
      outputTokens: Math.ceil(JSON.stringify(GOOD).length / 4),
    });
  });
});

describe('generateStructured: servers without structured outputs (llama.cpp, Ollama, LM Studio, gateways)', () => {
  it('asks again with the schema in the prompt when json_schema is refused, then remembers that server', async () => {
    const server = await start({ rejectJsonSchema: true });
    const result = await generateStructured(input([vllm(server), { kind: 'offline' }]));
    expect(result.provider).toBe('vllm');
    expect(result.value).toEqual(GOOD);
    expect(server.requests).toHaveLength(2);
    expect(body(server, 0).response_format).toMatchObject({ type: 'json_schema' });
    const second = body(server, 1);
    expect(second.response_format).toBeUndefined();
    const system = second.messages?.[0]?.content as string;
    expect(system).toMatch(/^You write website sections as JSON\.\n\nAnswer with one JSON object/);
    expect(system).toContain('"required":["title","body","items"]');
    // The refusal is not an error worth a retry or a fallback, but it is in the record.
    expect(result.attempts.map((a) => a.error?.code ?? 'ok')).toEqual(['http-error', 'ok']);

    // Known now: the next call goes straight to the prompted form.
    await generateStructured(input([vllm(server), { kind: 'offline' }]));
    expect(server.requests).toHaveLength(3);
    expect(body(server, 2).response_format).toBeUndefined();
  });

  it('repairs what such a server answers (prose around the JSON, trailing commas) like any other', async () => {
    const server = await start({
      model: 'llama-repair',
      rejectJsonSchema: true,
      responder: () => 'Here it is:\n```json\n{"title": "Padaria Pão Quente", "body": "Pães.", "items": ["Café",],}\n```',
    });
    const result = await generateStructured(input([{ kind: 'vllm', baseURL: server.url, model: 'llama-repair' }, { kind: 'offline' }]));
    expect(result.provider).toBe('vllm');
    expect(result.value).toEqual({ title: 'Padaria Pão Quente', body: 'Pães.', items: ['Café'] });
  });

  it('a 400 about something else (a bad request) still moves on, without a second try', async () => {
    const server = await start({ requireApiKey: 'right-key' });
    const result = await generateStructured(
      input([{ kind: 'vllm', baseURL: server.url, model: 'other', apiKey: 'wrong' }, { kind: 'offline' }]),
    );
    expect(result.provider).toBe('offline');
    expect(server.requests).toHaveLength(1);
  });
});

describe('generateStructured: repair', () => {
  it('repairs almost-valid JSON (code fence, trailing commas, cut-off end) without a retry', async () => {
    const server = await start({
      responder: () => '```json\n{"title": "Padaria", "body": "Pães", "items": ["Pão de queijo", "Café",],}\n```',
    });
    const result = await generateStructured(input([vllm(server)]));
    expect(result.value).toEqual({ title: 'Padaria', body: 'Pães', items: ['Pão de queijo', 'Café'] });
    expect(server.requests).toHaveLength(1);

    server.setOptions({ responder: () => '{"title": "Padaria", "body": "Pães artesanais", "items": ["Pão de qu' });
    const cut = await generateStructured(input([vllm(server)]));
    expect(cut.value).toEqual({ title: 'Padaria', body: 'Pães artesanais', items: ['Pão de qu'] });
  });

  it('uses the caller repair hook for a parsed value that fails the schema, and validates its result', async () => {
    const server = await start({ responder: () => JSON.stringify({ title: 'Padaria', body: 'Pães' }) });
    const repair = vi.fn((value: unknown) => {
      const record = value as { title?: unknown; body?: unknown };
      return typeof record.title === 'string' && typeof record.body === 'string'
        ? { title: record.title, body: record.body, items: ['Veja o cardápio'] }
        : null;
    });
    const result = await generateStructured(input([vllm(server)], { repair }));
    expect(result.value).toEqual({ title: 'Padaria', body: 'Pães', items: ['Veja o cardápio'] });
    expect(repair).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(1);

    // A hook that returns something still invalid does not get through.
    const bad = await generateStructured(
      input([vllm(server), { kind: 'offline' }], { repair: () => ({ title: '', body: '', items: [] }) }),
    );
    expect(bad.provider).toBe('offline');
    expect(bad.attempts.map((a) => a.error?.code)).toEqual(['invalid-output', 'invalid-output', undefined]);
  });
});

describe('generateStructured: fallback', () => {
  it('http500: one retry, then the next provider', async () => {
    const a = await start({ fault: { kind: 'http500' } });
    const b = await start();
    const result = await generateStructured(input([vllm(a), openai(b), { kind: 'offline' }]));
    expect(result.provider).toBe('openai');
    expect(result.model).toBe('gpt-test');
    expect(result.value).toEqual(GOOD);
    expect(result.attempts.map((x) => [x.provider, x.error?.code])).toEqual([
      ['vllm', 'server-error'],
      ['vllm', 'server-error'],
      ['openai', undefined],
    ]);
    expect(a.requests).toHaveLength(2);
    expect(b.requests).toHaveLength(1);
  });

  it('a transient 500 is absorbed by the retry on the same provider', async () => {
    const a = await start({ fault: { kind: 'http500', times: 1 } });
    const result = await generateStructured(input([vllm(a), { kind: 'offline' }]));
    expect(result.provider).toBe('vllm');
    expect(result.attempts.map((x) => x.error?.code)).toEqual(['server-error', undefined]);
  });

  it('hang: no first token in time → next provider without a retry', async () => {
    const a = await start({ fault: { kind: 'hang' } });
    const b = await start();
    const startedAt = performance.now();
    const result = await generateStructured(input([vllm(a), openai(b)], { firstTokenTimeoutMs: 300 }));
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    expect(result.provider).toBe('openai');
    expect(result.attempts[0].error?.code).toBe('first-token-timeout');
    expect(a.requests).toHaveLength(1);
  });

  it('slow stream: total timeout → next provider', async () => {
    const a = await start({ tokensPerSecond: 10 });
    const b = await start();
    const result = await generateStructured(input([vllm(a), openai(b)], { timeoutMs: 800, firstTokenTimeoutMs: 5_000 }));
    expect(result.provider).toBe('openai');
    expect(result.attempts[0].error?.code).toBe('timeout');
  });

  it('malformed JSON: retry, then next provider', async () => {
    const a = await start({ fault: { kind: 'malformed-json' } });
    const b = await start();
    const result = await generateStructured(input([vllm(a), openai(b)]));
    expect(result.provider).toBe('openai');
    expect(result.attempts.map((x) => x.error?.code)).toEqual(['invalid-output', 'invalid-output', undefined]);
    expect(result.attempts[0].error?.message).toContain('not JSON');
  });

  it('truncated stream (connection dropped): retry, then next provider; partial text restarts', async () => {
    const a = await start({ fault: { kind: 'truncated' } });
    const b = await start();
    const attemptsSeen = new Set<number>();
    const result = await generateStructured(
      input([vllm(a), openai(b)], { onPartialText: (_text, info) => attemptsSeen.add(info.attempt) }),
    );
    expect(result.provider).toBe('openai');
    expect(result.attempts.map((x) => x.error?.code)).toEqual(['network-error', 'network-error', undefined]);
    expect([...attemptsSeen]).toEqual([1, 2, 3]);
  });

  it('output cut by maxOutputTokens is reported as such', async () => {
    const a = await start();
    const result = await generateStructured(input([vllm(a), { kind: 'offline' }], { maxOutputTokens: 5, maxAttemptsPerProvider: 1 }));
    expect(body(a).max_tokens).toBe(5);
    expect(result.provider).toBe('offline');
    expect(result.attempts[0].error).toMatchObject({ code: 'invalid-output', message: expect.stringContaining('maxOutputTokens=5') });
  });

  it('429 and 401 move on at once', async () => {
    const a = await start({ fault: { kind: 'http429' } });
    const b = await start({ requireApiKey: 'right' });
    const result = await generateStructured(input([vllm(a), openai(b, 'wrong'), { kind: 'offline' }]));
    expect(result.provider).toBe('offline');
    expect(result.attempts.map((x) => [x.provider, x.error?.code])).toEqual([
      ['vllm', 'rate-limited'],
      ['openai', 'http-error'],
      ['offline', undefined],
    ]);
  });

  it('everything down → offline composer, with zero usage', async () => {
    const a = await start({ fault: { kind: 'http500' } });
    const b = await start({ fault: { kind: 'hang' } });
    const offline = vi.fn(async () => OFFLINE);
    const result = await generateStructured(input([vllm(a), openai(b), { kind: 'offline' }], { offline, firstTokenTimeoutMs: 200 }));
    expect(result).toMatchObject({
      value: OFFLINE,
      provider: 'offline',
      model: 'offline-composer',
      usage: { inputTokens: 0, outputTokens: 0 },
    });
    expect(offline).toHaveBeenCalledTimes(1);
    expect(result.attempts.map((x) => x.provider)).toEqual(['vllm', 'vllm', 'openai', 'offline']);
  });

  it('unreachable host → next provider', async () => {
    const a = await start();
    const deadUrl = a.url;
    await a.close();
    servers.splice(servers.indexOf(a), 1);
    const result = await generateStructured(input([{ kind: 'vllm', baseURL: deadUrl, model: 'm' }, { kind: 'offline' }]));
    expect(result.provider).toBe('offline');
    expect(result.attempts[0].error?.code).toBe('network-error');
  });

  it('throws GenerationFailedError when the chain is exhausted', async () => {
    const a = await start({ fault: { kind: 'http500' } });
    const failing = generateStructured(
      input([vllm(a), { kind: 'offline' }], {
        offline: () => {
          throw new Error('composer broke');
        },
      }),
    );
    await expect(failing).rejects.toBeInstanceOf(GenerationFailedError);
    await expect(failing).rejects.toMatchObject({
      attempts: [{ error: { code: 'server-error' } }, { error: { code: 'server-error' } }, { error: { code: 'offline-failed' } }],
    });
  });
});

describe('generateStructured: abort', () => {
  it('abort while waiting for the first token throws AbortError and touches no other provider', async () => {
    const a = await start({ timeToFirstTokenMs: 5_000 });
    const b = await start();
    const offline = vi.fn(() => OFFLINE);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const startedAt = performance.now();
    const pending = generateStructured(input([vllm(a), openai(b), { kind: 'offline' }], { abortSignal: controller.signal, offline }));
    await expect(pending).rejects.toBeInstanceOf(GenerationAbortedError);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - startedAt).toBeLessThan(3_000); // the first token was 5 s away
    expect(a.requests).toHaveLength(1);
    expect(b.requests).toHaveLength(0);
    expect(offline).not.toHaveBeenCalled();
  });

  it('abort mid-stream stops at once', async () => {
    const a = await start({ tokensPerSecond: 50 });
    const b = await start();
    const controller = new AbortController();
    let partialCount = 0;
    const pending = generateStructured(
      input([vllm(a), openai(b), { kind: 'offline' }], {
        abortSignal: controller.signal,
        onPartialText: () => {
          partialCount += 1;
          if (partialCount === 3) controller.abort();
        },
      }),
    );
    await expect(pending).rejects.toBeInstanceOf(GenerationAbortedError);
    expect(partialCount).toBe(3);
    expect(b.requests).toHaveLength(0);
  });

  it('an already-aborted signal sends nothing', async () => {
    const a = await start();
    const offline = vi.fn(() => OFFLINE);
    await expect(
      generateStructured(input([vllm(a), { kind: 'offline' }], { abortSignal: AbortSignal.abort(), offline })),
    ).rejects.toBeInstanceOf(GenerationAbortedError);
    expect(a.requests).toHaveLength(0);
    expect(offline).not.toHaveBeenCalled();
  });

  it('a throwing onPartialText surfaces as the caller error, not a fallback', async () => {
    const a = await start();
    const b = await start();
    const pending = generateStructured(
      input([vllm(a), openai(b)], {
        onPartialText: () => {
          throw new Error('preview crashed');
        },
      }),
    );
    await expect(pending).rejects.toThrow('preview crashed');
    expect(b.requests).toHaveLength(0);
  });
});
