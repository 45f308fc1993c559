import { afterAll, afterEach, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import type { FakeOpenAIServer } from '@tests/fakes/openai/server';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { generations } from '@/modules/generate/schema';
import { usageEvents } from '@/modules/metering/schema';

/**
 * The world of the editor's metered AI tests (text help, translate-missing, write a section): a
 * real database, fresh Pro clients with a project, their generations and usage as recorded, and
 * fake OpenAI servers closed after each test. Call once at the top of a test file.
 */
export function aiTestWorld() {
  let handle: DbHandle;
  const servers: FakeOpenAIServer[] = [];
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  afterAll(async () => {
    await handle.close();
  });
  return {
    /** Closes `server` after the test. */
    track: <T extends FakeOpenAIServer>(server: T): T => {
      servers.push(server);
      return server;
    },
    userWithProject: async (): Promise<TestUser & { projectId: string }> => {
      setRateLimiterForTests(createMemoryLimiter());
      const user = await createTestUser(handle, { tier: 'pro' });
      const project = await createProject(user.claims, { name: `Site ${user.id.slice(0, 6)}` });
      return { ...user, projectId: project.id };
    },
    usageOf: (userId: string) => handle.db.select().from(usageEvents).where(eq(usageEvents.userId, userId)),
    generationsOf: (userId: string) => handle.db.select().from(generations).where(eq(generations.userId, userId)),
  };
}
