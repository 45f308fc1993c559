import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { applyEdit } from '@/modules/editor/apply-edit';
import { getDraft } from '@/modules/drafts/get-draft';
import { saveDraftOnBase } from '@/modules/drafts/save-draft-on-base';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { acceptInvitation } from '@/modules/projects/accept-invitation';
import { createProject } from '@/modules/projects/create-project';
import { inviteMember } from '@/modules/projects/invite-member';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// The editor's autosave: a draft saved on a base version wins only if nobody saved since; the
// loser is told (CONFLICT, with the newest version) and nothing of either side is lost.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

function edited(title: string) {
  const result = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key: 'hero.title', value: title });
  if (!result.ok) throw new Error('edit refused');
  return result.document;
}

async function ownerWithDraft() {
  const owner = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(owner.claims, { name: `Editor ${owner.id.slice(0, 6)}` });
  await saveSiteVersion(owner.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { owner, projectId: project.id };
}

async function member(owner: TestUser, projectId: string, role: 'editor' | 'viewer') {
  const person = await createTestUser(handle);
  const invitation = await inviteMember(owner.claims, { projectId, email: person.email, role });
  await acceptInvitation(person.claims, { token: new URL(invitation.acceptUrl).searchParams.get('token')! });
  return person;
}

describe('saving an edited draft on its base version', () => {
  it('saves as the next version, marked as an edit, and the draft is the edited document', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const saved = await saveDraftOnBase(owner.claims, { projectId, baseVersion: 1, document: edited('Hand-fixed') });
    expect(saved.version).toBe(2);
    const draft = await getDraft(owner.claims, { projectId });
    expect(draft).toMatchObject({ version: 2, source: 'edit', createdBy: owner.id });
    expect(draft!.document.i18n.strings.en!['hero.title']).toBe('Hand-fixed');
  });

  it('a save on an old base is refused with the newest version, and the newer draft is kept', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const coEditor = await member(owner, projectId, 'editor');
    await saveDraftOnBase(coEditor.claims, { projectId, baseVersion: 1, document: edited('Theirs') });
    await expect(saveDraftOnBase(owner.claims, { projectId, baseVersion: 1, document: edited('Mine') })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.generate.draftChanged',
      details: { latestVersion: 2 },
    });
    expect((await getDraft(owner.claims, { projectId }))!.document.i18n.strings.en!['hero.title']).toBe('Theirs');
    // Keeping mine = saving again on the version now seen.
    await saveDraftOnBase(owner.claims, { projectId, baseVersion: 2, document: edited('Mine') });
    expect((await getDraft(coEditor.claims, { projectId }))!.document.i18n.strings.en!['hero.title']).toBe('Mine');
  });

  it('an invalid document is refused and nothing is stored', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const broken = structuredClone(veganBakery) as unknown as { pages: { sections: { variant?: string }[] }[] };
    broken.pages[0]!.sections[0]!.variant = 'zigzag';
    await expect(saveDraftOnBase(owner.claims, { projectId, baseVersion: 1, document: broken })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  it('viewers and other clients cannot save (as if the project did not exist)', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const viewer = await member(owner, projectId, 'viewer');
    const stranger = await createTestUser(handle);
    for (const person of [viewer, stranger]) {
      await expect(saveDraftOnBase(person.claims, { projectId, baseVersion: 1, document: edited('Nope') })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  raceIt('two saves on the same base at the same moment: exactly one wins, the other is told', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const coEditor = await member(owner, projectId, 'editor');
    const results = await Promise.allSettled([
      saveDraftOnBase(owner.claims, { projectId, baseVersion: 1, document: edited('A') }),
      saveDraftOnBase(coEditor.claims, { projectId, baseVersion: 1, document: edited('B') }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'CONFLICT', key: 'errors.generate.draftChanged', details: { latestVersion: 2 } });
  });
});
