import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { runSiteEdit } from '@/modules/generate/run-site-edit';
import { getStoppedGeneration } from '@/modules/generate/get-stopped-generation';
import { generations } from '@/modules/generate/schema';
import { siteVersions } from '@/modules/drafts/schema';
import { usageEvents } from '@/modules/metering/schema';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { fakeOfflineComposer } from '@/modules/generate/engine/test-helpers/fake-offline-composer';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The orchestrators between the engine and the database: a generation is closed exactly once,
// as what really happened — succeeded (saved, charged), failed (not charged), cancelled or
// abandoned by its reader (not counted; never left "running").

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

const offlineOnly = () => ({ chain: [{ kind: 'offline' as const }], offline: fakeOfflineComposer(), offlineStepDelayMs: 5 });

async function owner() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Orchestra ${user.id.slice(0, 6)}` });
  return { user, projectId: project.id };
}

async function state(projectId: string) {
  const rows = await handle.db.select().from(generations).where(eq(generations.projectId, projectId));
  const usage = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, projectId));
  const versions = await handle.db.select().from(siteVersions).where(eq(siteVersions.projectId, projectId));
  return {
    statuses: rows.map((g) => g.status),
    metrics: usage.map((u) => u.metric).sort(),
    versions: versions.length,
  };
}

type SiteStreamEvent = ReturnType<typeof runSiteGeneration> extends AsyncGenerator<infer E> ? E : never;

async function drain(stream: AsyncGenerator<SiteStreamEvent>): Promise<SiteStreamEvent[]> {
  const events: SiteStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('runSiteGeneration', () => {
  it('a finished generation is saved, closed as succeeded and charged once', async () => {
    const { user, projectId } = await owner();
    const events = await drain(
      runSiteGeneration(user.claims, { projectId, prompt: 'a vegan bakery in Lisbon', locales: ['en'] }, offlineOnly()),
    );
    expect(events.at(-1)).toMatchObject({ type: 'done', version: 1 });
    // The studio is told which brief the site is built from (read from the prompt here).
    expect(events.find((event) => event.type === 'plan')).toMatchObject({ brief: { languages: ['en'], kind: { family: 'food' } } });
    expect(await state(projectId)).toEqual({ statuses: ['succeeded'], metrics: ['ai_token', 'page_generate'], versions: 1 });
  });

  it('a failure is closed as failed, reported to the reader, and not charged', async () => {
    const { user, projectId } = await owner();
    const broken = {
      ...offlineOnly(),
      offline: {
        ...fakeOfflineComposer(),
        composeSite: () => {
          throw new Error('composer down');
        },
      },
    };
    const events = await drain(runSiteGeneration(user.claims, { projectId, prompt: 'a bakery', locales: ['en'] }, broken));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'INTERNAL' } });
    expect(await state(projectId)).toEqual({ statuses: ['failed'], metrics: [], versions: 0 });
  });

  it('a cancelled generation is closed as cancelled and not counted', async () => {
    const { user, projectId } = await owner();
    const controller = new AbortController();
    const stream = runSiteGeneration(
      user.claims,
      { projectId, prompt: 'a bakery', locales: ['en'] },
      { ...offlineOnly(), abortSignal: controller.signal },
    );
    for await (const event of stream) if (event.type === 'skeleton') controller.abort();
    expect(await state(projectId)).toEqual({ statuses: ['cancelled'], metrics: [], versions: 0 });
  });

  it('a stream its reader walks away from is closed as cancelled, never left running', async () => {
    const { user, projectId } = await owner();
    const stream = runSiteGeneration(user.claims, { projectId, prompt: 'a bakery', locales: ['en'] }, offlineOnly());
    expect((await stream.next()).value).toMatchObject({ type: 'started' });
    await stream.return(undefined);
    expect(await state(projectId)).toEqual({ statuses: ['cancelled'], metrics: [], versions: 0 });
  });
});

describe('runSiteEdit', () => {
  it('closes an edit as succeeded when it saved, as failed when it threw — never the other way round', async () => {
    const { user, projectId } = await owner();
    await saveSiteVersion(user.claims, { projectId, document: veganBakery, source: 'generate' });
    const sectionId = veganBakery.pages[0]!.sections[0]!.id;
    const ok = await runSiteEdit(
      user.claims,
      projectId,
      { action: 'rewrite_section', sectionId, instruction: 'change the headline to "Fresh today"' },
      offlineOnly(),
    );
    expect(ok.version).toBe(2);
    await expect(
      runSiteEdit(
        user.claims,
        projectId,
        { action: 'rewrite_section', sectionId: 'no-such-section', instruction: 'shorter' },
        offlineOnly(),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const rows = await handle.db.select().from(generations).where(eq(generations.projectId, projectId));
    expect(rows.map((g) => g.status).sort()).toEqual(['failed', 'succeeded']);
    const usage = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, projectId));
    // An edit is paid in tokens only: it never counts as a page generation (quota is whole sites).
    expect(usage.filter((u) => u.metric === 'page_generate')).toHaveLength(0);
    expect(usage.filter((u) => u.metric === 'ai_token')).toHaveLength(1);
  });

  it('offline, a rewrite works on the saved draft — an earlier rewrite is kept — and one it cannot do is refused before anything is reserved', async () => {
    const { user, projectId } = await owner();
    await saveSiteVersion(user.claims, { projectId, document: veganBakery, source: 'generate' });
    const [hero, second] = veganBakery.pages[0]!.sections;
    const edit = (sectionId: string, instruction: string) =>
      runSiteEdit(user.claims, projectId, { action: 'rewrite_section', sectionId, instruction }, offlineOnly());
    await edit(hero!.id, 'change the headline to "Fresh today"');
    const removed = await edit(second!.id, 'remove this section');
    expect(removed.document.pages[0]!.sections.map((s) => s.id)).not.toContain(second!.id);
    const titleKey = (removed.document.pages[0]!.sections[0] as { titleKey: string }).titleKey;
    expect(removed.document.i18n.strings.en![titleKey]).toBe('Fresh today');
    await expect(edit(hero!.id, 'write it as a poem')).rejects.toMatchObject({ code: 'VALIDATION', key: 'errors.generate.rewriteNeedsAi' });
    const rows = await handle.db.select().from(generations).where(eq(generations.projectId, projectId));
    expect(rows.map((g) => g.status)).toEqual(['succeeded', 'succeeded']);
  });
});

describe('continue', () => {
  /** Starts a generation and cancels it once `sections` sections have streamed. */
  async function stoppedGeneration(sections: number) {
    const { user, projectId } = await owner();
    const controller = new AbortController();
    let generationId = '';
    let streamed: SiteStreamEvent | undefined;
    let seen = 0;
    for await (const event of runSiteGeneration(
      user.claims,
      { projectId, prompt: 'a vegan bakery in Lisbon', locales: ['en'] },
      { ...offlineOnly(), abortSignal: controller.signal },
    )) {
      if (event.type === 'started') generationId = event.generationId;
      if (event.type === 'section') {
        streamed = event;
        if (++seen === sections) controller.abort();
      }
    }
    if (streamed?.type !== 'section') throw new Error('no section streamed');
    return { user, projectId, generationId, streamedDocument: streamed.document };
  }

  it('continues from the server’s copy of what the stopped generation wrote, and charges the continue', async () => {
    const { user, projectId, generationId, streamedDocument } = await stoppedGeneration(2);
    const [stopped] = await handle.db.select().from(generations).where(eq(generations.id, generationId));
    expect(stopped).toMatchObject({ status: 'cancelled' });
    expect((stopped!.partialDocument as { document: unknown }).document).toEqual(streamedDocument);

    const result = await runSiteEdit(user.claims, projectId, { action: 'continue', generationId }, offlineOnly());
    expect(result.version).toBe(1);
    const home = (doc: typeof result.document) => doc.pages.find((page) => page.slug === '')!;
    // Everything the stopped run wrote is kept, and the missing sections were added after it.
    const writtenIds = home(streamedDocument).sections.map((s) => s.id);
    expect(
      home(result.document)
        .sections.map((s) => s.id)
        .slice(0, writtenIds.length),
    ).toEqual(writtenIds);
    expect(home(result.document).sections.length).toBeGreaterThan(writtenIds.length);

    const rows = await handle.db.select().from(generations).where(eq(generations.projectId, projectId));
    const continued = rows.find((g) => g.kind === 'continue');
    expect(continued).toMatchObject({ status: 'succeeded', continuedFrom: generationId });
    const usage = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, projectId));
    expect(usage.filter((u) => u.metric === 'page_generate')).toHaveLength(1);
  });

  it('continues with the stopped request and the brief it was built from', async () => {
    const { user, projectId, generationId } = await stoppedGeneration(2);
    const stopped = await getStoppedGeneration(user.claims, { projectId, generationId });
    expect(stopped.prompt).toBe('a vegan bakery in Lisbon');
    expect(stopped.brief).toMatchObject({ languages: ['en'], kind: { id: 'bakery' } });
  });

  it('the browser cannot hand in a document as already-paid work: the request names a generation, nothing else', async () => {
    const { editRequestSchema } = await import('@/modules/generate/wire');
    expect(editRequestSchema.safeParse({ action: 'continue', document: veganBakery }).success).toBe(false);
    expect(editRequestSchema.safeParse({ action: 'continue', generationId: 'not-a-uuid' }).success).toBe(false);
  });

  it('only a stopped generation of the same project, readable by the caller, can be continued', async () => {
    const { user, projectId, generationId } = await stoppedGeneration(1);
    const done = await drain(runSiteGeneration(user.claims, { projectId, prompt: 'a bakery', locales: ['en'] }, offlineOnly()));
    const finishedId = (done[0] as { generationId: string }).generationId;
    // A finished generation has nothing to continue.
    await expect(
      runSiteEdit(user.claims, projectId, { action: 'continue', generationId: finishedId }, offlineOnly()),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Another client cannot continue it (or learn it exists), not even on their own project.
    const other = await owner();
    await expect(
      runSiteEdit(other.user.claims, other.projectId, { action: 'continue', generationId }, offlineOnly()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(runSiteEdit(other.user.claims, projectId, { action: 'continue', generationId }, offlineOnly())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Nothing was started or charged by the refused attempts.
    const theirs = await handle.db.select().from(generations).where(eq(generations.projectId, other.projectId));
    expect(theirs).toHaveLength(0);
  });
});

describe('getLastSiteRequest', () => {
  it('gives "Regenerate" the last whole-site prompt, languages, style, kind and brief — not an edit, not another project', async () => {
    const { getLastSiteRequest } = await import('@/modules/generate/get-last-site-request');
    const { extractSiteBrief } = await import('@/modules/generate/extract-site-brief');
    const { user, projectId } = await owner();
    expect(await getLastSiteRequest(user.claims, { projectId })).toBeNull();
    // The person corrected the name and asked for WhatsApp in the brief panel.
    const read = extractSiteBrief({ prompt: 'Padaria Pão Verde em Lisboa', businessKind: 'bakery' });
    const corrected = { ...read, name: 'Pão Verde & Cia', features: [...read.features, 'whatsapp' as const] };
    await drain(
      runSiteGeneration(
        user.claims,
        {
          projectId,
          prompt: 'Padaria Pão Verde em Lisboa',
          locales: ['pt-BR', 'en'],
          style: 'elegant',
          businessKind: 'bakery',
          brief: corrected,
        },
        offlineOnly(),
      ),
    );
    const sectionId = (await handle.db.select().from(siteVersions).where(eq(siteVersions.projectId, projectId)))[0]!.document.pages[0]!
      .sections[0]!.id;
    await runSiteEdit(
      user.claims,
      projectId,
      { action: 'rewrite_section', sectionId, instruction: 'change the headline to "Fresh today"' },
      offlineOnly(),
    );
    expect(await getLastSiteRequest(user.claims, { projectId })).toEqual({
      prompt: 'Padaria Pão Verde em Lisboa',
      locales: ['pt-BR', 'en'],
      style: 'elegant',
      businessKind: 'bakery',
      // The request's languages are the brief's: one answer to "which languages".
      brief: { ...corrected, languages: ['pt-BR', 'en'] },
    });
    // Another client learns nothing about it.
    const other = await owner();
    expect(await getLastSiteRequest(other.user.claims, { projectId })).toBeNull();
  });
});
