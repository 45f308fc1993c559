import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { generateSite, type GenerateSiteInput } from './generate-site';
import type { GenerationEvent } from './generation-types';
import { DEFAULT_PLAN_TYPES, engineResponder, sectionAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';
import { startConnectionProbe, type ConnectionProbe } from './test-helpers/start-connection-probe';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** hero answers at once; every other section waits until the test ends (or 10 s). */
async function startSlowSite(): Promise<{ server: FakeOpenAIServer; probe: ConnectionProbe }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
    const timer = setTimeout(resolve, 10_000);
    cleanups.push(() => clearTimeout(timer));
  });
  const slow = async (request: ChatCompletionRequestBody) => (await released, sectionAnswer(request));
  const overrides = Object.fromEntries(DEFAULT_PLAN_TYPES.filter((type) => type !== 'hero').map((type) => [`section_${type}`, slow]));
  const server = await startFakeOpenAI({ responder: engineResponder(overrides) });
  const probe = await startConnectionProbe(server.port);
  cleanups.push(
    () => server.close(),
    () => probe.close(),
    () => release(),
  );
  return { server, probe };
}

function input(probe: ConnectionProbe, abortSignal?: AbortSignal): GenerateSiteInput {
  return {
    prompt: 'A vegan bakery.',
    locales: ['en', 'pt-BR'],
    chain: [{ kind: 'vllm', baseURL: probe.url, model: 'fake-model' }, { kind: 'offline' }],
    offline: fakeOfflineComposer(),
    abortSignal,
  };
}

async function waitFor(condition: () => boolean, ms = 2_000): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (!condition() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
}

describe('generateSite cancellation', () => {
  it('aborts every in-flight call at once, emits nothing more and throws an AbortError', async () => {
    const { server, probe } = await startSlowSite();
    const controller = new AbortController();
    const generator = generateSite(input(probe, controller.signal));
    const seen: GenerationEvent[] = [];
    let busyAtAbort = 0;
    let requestsAtAbort = 0;
    const error = await (async () => {
      try {
        for (;;) {
          const step = await generator.next();
          if (step.done) return null;
          seen.push(step.value);
          if (step.value.type === 'section') {
            await waitFor(() => probe.busy() === 7);
            // A connection can be open before the server has recorded its body:
            // wait for the plan + 8 section requests to be recorded, then abort.
            await waitFor(() => server.requests.length === 9);
            busyAtAbort = probe.busy();
            requestsAtAbort = server.requests.length;
            controller.abort();
          }
        }
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen.at(-1)).toMatchObject({ type: 'section', sectionId: 'hero' });
    expect(busyAtAbort).toBe(7);
    expect(await waitFor(() => probe.busy() === 0)).toBe(true);
    // No retries, no fallback, no offline sections after the abort.
    expect(server.requests.length).toBe(requestsAtAbort);
    expect(await generator.next()).toEqual({ done: true, value: undefined });
  });

  it('stops the calls when the consumer leaves the stream early', async () => {
    const { probe } = await startSlowSite();
    for await (const event of generateSite(input(probe))) {
      if (event.type === 'section') {
        await waitFor(() => probe.busy() === 7);
        break;
      }
    }
    expect(await waitFor(() => probe.busy() === 0)).toBe(true);
  });

  it('throws at once when the signal is already aborted', async () => {
    const { server, probe } = await startSlowSite();
    const controller = new AbortController();
    controller.abort();
    await expect(generateSite(input(probe, controller.signal)).next()).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
