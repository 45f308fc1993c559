import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { writeSuggestions } from './suggest-text';
import { callName, engineResponder } from './engine/test-helpers/engine-responder';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

// The editor's AI text help: the OpenAI-compatible wire (the fake speaks it), and the offline rules.
describe('writeSuggestions', () => {
  it('asks the model for exactly 3 alternatives of a headline and gives all 3', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(server);
    const result = await writeSuggestions(
      { text: 'Fresh vegan bread every day', mode: 'alternatives', locale: 'en' },
      { chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }] },
    );
    const body = server.requests[0]!.body as ChatCompletionRequestBody;
    expect(String(body.messages?.at(-1)?.content)).toContain('exactly 3 different alternatives');
    // Guided decoding (vLLM) is held to at most 3 as well.
    const format = body.response_format;
    const schema = (format?.type === 'json_schema' ? format.json_schema.schema : {}) as {
      properties: { suggestions: { minItems: number; maxItems: number } };
    };
    expect(schema.properties.suggestions).toMatchObject({ minItems: 1, maxItems: 3 });
    expect(result.suggestions).toEqual([
      'Fresh vegan bread every day — take 1',
      'Fresh vegan bread every day — take 2',
      'Fresh vegan bread every day — take 3',
    ]);
  });

  it('shows fewer alternatives when the model gives fewer distinct ones (not an error), never the text as it was', async () => {
    const server = await startFakeOpenAI({
      responder: () =>
        JSON.stringify({ suggestions: ['Bread that rises overnight', 'Fresh vegan bread every day', 'Slow bread, fast mornings'] }),
    });
    servers.push(server);
    const result = await writeSuggestions(
      { text: 'Fresh vegan bread every day', mode: 'alternatives', locale: 'en' },
      { chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }] },
    );
    expect(result.suggestions).toEqual(['Bread that rises overnight', 'Slow bread, fast mornings']);
  });

  it('returns the alternatives cleaned and unique', async () => {
    const server = await startFakeOpenAI({
      responder: () =>
        JSON.stringify({ suggestions: ['Bread that rises overnight', '  Slow bread, fast mornings ', 'Bread that rises overnight'] }),
    });
    servers.push(server);
    const result = await writeSuggestions(
      { text: 'Fresh vegan bread every day', mode: 'alternatives', locale: 'en' },
      { chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }] },
    );
    const body = server.requests[0]!.body as ChatCompletionRequestBody;
    expect(callName(body)).toBe('text_suggestions');
    expect(result.suggestions).toEqual(['Bread that rises overnight', 'Slow bread, fast mornings']);
    expect(result.provider).toBe('vllm');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it('offline: shorter and more formal by rule, alternatives refused as needing the AI', async () => {
    const offline = { chain: [{ kind: 'offline' as const }] };
    const shorter = await writeSuggestions({ text: 'We bake at night. Come by at seven!', mode: 'shorter', locale: 'en' }, offline);
    expect(shorter.suggestions).toEqual(['We bake at night.']);
    const formal = await writeSuggestions({ text: "Hey, we're open till late!", mode: 'formal', locale: 'en' }, offline);
    expect(formal.suggestions[0]).not.toBe("Hey, we're open till late!");
    await expect(writeSuggestions({ text: 'Fresh bread', mode: 'alternatives', locale: 'en' }, offline)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
