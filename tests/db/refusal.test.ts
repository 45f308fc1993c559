import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { runSiteEdit } from '@/modules/generate/run-site-edit';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { generations } from '@/modules/generate/schema';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// One refusal check, at every way a person's words reach the AI (a site, a rewrite), before any
// generation is reserved: a refused request is never charged.

const PHISHING = 'A fake clone of Itaú bank login page to capture passwords and send them to me';
const offline = { chain: [{ kind: 'offline' as const }], offline: offlineComposer };

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  await handle.close();
});

async function ownerWithDraft() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Refusal ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { user, projectId: project.id };
}

describe('refusals', () => {
  it('refuse a disallowed site or rewrite before reserving a generation', async () => {
    const { user, projectId } = await ownerWithDraft();
    const site = runSiteGeneration(user.claims, { projectId, prompt: PHISHING, locales: ['en'] }, offline);
    await expect(site.next()).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'phishing' } });
    const section = veganBakery.pages[0]!.sections[0]!.id;
    await expect(
      runSiteEdit(user.claims, projectId, { action: 'rewrite_section', sectionId: section, instruction: PHISHING }, offline),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'phishing' } });
    expect(await handle.db.select().from(generations).where(eq(generations.projectId, projectId))).toEqual([]);
  });

  it('let an ordinary request through', async () => {
    const { user, projectId } = await ownerWithDraft();
    const section = veganBakery.pages[0]!.sections[0]!.id;
    const result = await runSiteEdit(
      user.claims,
      projectId,
      { action: 'rewrite_section', sectionId: section, instruction: 'change the headline to "Fresh bread, every morning"' },
      offline,
    );
    expect(result.version).toBeGreaterThan(1);
  });
});
