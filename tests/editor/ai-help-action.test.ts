import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { suggestTextAction } from '@/modules/editor/ai-text-actions';
import { engineResponder } from '@/modules/generate/engine/test-helpers/engine-responder';
import { createProject } from '@/modules/projects/create-project';
// Not a React hook, whatever its name says (an env helper of the auth tests).
import { useTempAuthEnv as tempAuthEnv } from '@tests/auth/env';
import { startFakeOpenAI, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { inRequestScope, signedInUser } from '@tests/helpers/next-request-scope';
import { createTestDb } from '@tests/helpers/test-db';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);

// "3 alternatives for this headline" (issue 12) through the editor's own server action, as the
// AI help sheet calls it: a signed-in client, the configured model endpoint (the OpenAI-compatible
// stand-in, answering as many alternatives as it is asked for), and what comes back to the sheet.

let handle: DbHandle;
let model: FakeOpenAIServer;
let env: ReturnType<typeof tempAuthEnv>;

beforeAll(async () => {
  model = await startFakeOpenAI({ responder: engineResponder() });
  env = tempAuthEnv({ APP_URL: 'http://app.test', VLLM_BASE_URL: model.url, VLLM_MODEL: 'fake-model', OPENAI_API_KEY: undefined });
  handle = await createTestDb();
  setRateLimiterForTests(createMemoryLimiter());
});

afterAll(async () => {
  await handle?.close();
  await model?.close();
  env?.restore();
});

describe('the AI help action', () => {
  it('gives three alternatives for a headline', async () => {
    const user = await signedInUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Alternatives ${user.id.slice(0, 6)}` });
    const result = await inRequestScope({ jar: user.jar }, () =>
      suggestTextAction({ projectId: project.id, locale: 'en', text: 'Fresh vegan bread every day', mode: 'alternatives' }),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        provider: 'vllm',
        suggestions: [
          'Fresh vegan bread every day — take 1',
          'Fresh vegan bread every day — take 2',
          'Fresh vegan bread every day — take 3',
        ],
      },
    });
  });

  it('gives one rewrite for "shorter"', async () => {
    const user = await signedInUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Shorter ${user.id.slice(0, 6)}` });
    const result = await inRequestScope({ jar: user.jar }, () =>
      suggestTextAction({ projectId: project.id, locale: 'en', text: 'We bake at night. Come by at seven!', mode: 'shorter' }),
    );
    expect(result.ok && result.data.suggestions).toHaveLength(1);
  });
});
