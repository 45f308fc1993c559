import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { applyEdit } from '@/modules/editor/apply-edit';
import type { EditOperation } from '@/modules/editor/edit-operation';
import { saveDraftEdits } from '@/modules/editor/save-draft-edits';
import { getDraft } from '@/modules/drafts/get-draft';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { createProject } from '@/modules/projects/create-project';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Autosave by operations: the server replays the editor's operations on the base version through
// the schema and saves the result with the same optimistic check as a whole-draft save.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function ownerWithDraft() {
  const owner = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(owner.claims, { name: `Edits ${owner.id.slice(0, 6)}` });
  await saveSiteVersion(owner.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { owner, projectId: project.id };
}

const page = veganBakery.pages[0]!;
const title = (value: string): EditOperation => ({ op: 'set-text', locale: 'en', key: 'hero.title', value });

describe('saving the editor operations on their base version', () => {
  it('replays them in order and stores exactly what the editor shows', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const ops: EditOperation[] = [
      title('Typed in place'),
      { op: 'move-section', page: page.slug, sectionId: page.sections[2]!.id, toIndex: 1 },
      { op: 'set-field', page: page.slug, sectionId: page.sections[0]!.id, path: ['hidden'], value: true },
    ];
    let shown = veganBakery;
    for (const op of ops) {
      const result = applyEdit(shown, op);
      if (!result.ok) throw new Error('edit refused');
      shown = result.document;
    }
    const saved = await saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops });
    expect(saved.version).toBe(2);
    const draft = await getDraft(owner.claims, { projectId });
    expect(draft).toMatchObject({ version: 2, source: 'edit' });
    expect(draft!.document).toEqual(shown);
  });

  it('an old base is a CONFLICT naming the newest version; nothing is stored', async () => {
    const { owner, projectId } = await ownerWithDraft();
    await saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [title('First')] });
    await expect(saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [title('Second')] })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { latestVersion: 2 },
    });
    expect((await getDraft(owner.claims, { projectId }))!.document.i18n.strings.en!['hero.title']).toBe('First');
  });

  it('an operation that does not apply is refused with its reason (marked as an edit refusal) and nothing is stored', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const ops: EditOperation[] = [
      title('Fine'),
      { op: 'set-field', page: page.slug, sectionId: page.sections[0]!.id, path: ['variant'], value: 'zigzag' },
    ];
    await expect(saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops })).rejects.toMatchObject({
      code: 'VALIDATION',
      key: 'errors.editor.invalidEdit',
      details: { isEditRefused: true },
    });
    await expect(
      saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [{ op: 'remove-section', page: page.slug, sectionId: 'gone' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'errors.editor.targetMissing' });
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  it('a malformed operation or an empty list is refused at the boundary', async () => {
    const { owner, projectId } = await ownerWithDraft();
    await expect(saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [] })).rejects.toThrow();
    await expect(
      saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [{ op: 'drop-table' } as unknown as EditOperation] }),
    ).rejects.toThrow();
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  it('another client cannot save operations on the project (as if it did not exist)', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const stranger = await createTestUser(handle);
    await expect(saveDraftEdits(stranger.claims, { projectId, baseVersion: 1, ops: [title('Nope')] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  raceIt('two tabs saving operations on the same base at once: one wins, the other gets CONFLICT', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const results = await Promise.allSettled([
      saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [title('A')] }),
      saveDraftEdits(owner.claims, { projectId, baseVersion: 1, ops: [title('B')] }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT', details: { latestVersion: 2 } });
  });
});
