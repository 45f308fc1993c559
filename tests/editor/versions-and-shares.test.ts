import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { applyEdit } from '@/modules/editor/apply-edit';
import { createShareLink } from '@/modules/editor/create-share-link';
import { deleteNamedVersion } from '@/modules/editor/delete-named-version';
import { getNamedVersion } from '@/modules/editor/get-named-version';
import { getSharedPreview } from '@/modules/editor/get-shared-preview';
import { listNamedVersions } from '@/modules/editor/list-named-versions';
import { listShareLinks } from '@/modules/editor/list-share-links';
import { renderSharedPreview } from '@/modules/editor/render-shared-preview';
import { revokeShareLink } from '@/modules/editor/revoke-share-link';
import { SITE_CSP } from '@/modules/host/serve-site-file';
import { saveNamedVersion } from '@/modules/editor/save-named-version';
import { saveDraftOnBase } from '@/modules/drafts/save-draft-on-base';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { acceptInvitation } from '@/modules/projects/accept-invitation';
import { createProject } from '@/modules/projects/create-project';
import { inviteMember } from '@/modules/projects/invite-member';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Named versions and share-a-preview links (issue 12): who may see and change them, across
// tenants, and what a share link opens (the current draft, for 24 hours, until revoked).

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

function titled(title: string) {
  const result = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key: 'hero.title', value: title });
  if (!result.ok) throw new Error('edit refused');
  return result.document;
}

async function ownerWithDraft() {
  const owner = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(owner.claims, { name: `Versions ${owner.id.slice(0, 6)}` });
  await saveSiteVersion(owner.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { owner, projectId: project.id };
}

async function member(owner: TestUser, projectId: string, role: 'editor' | 'viewer') {
  const person = await createTestUser(handle);
  const invitation = await inviteMember(owner.claims, { projectId, email: person.email, role });
  await acceptInvitation(person.claims, { token: new URL(invitation.acceptUrl).searchParams.get('token')! });
  return person;
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

describe('named versions', () => {
  it('saves a document under a name with its author and time; members list it and read it back', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const viewer = await member(owner, projectId, 'viewer');
    const before = Date.now();
    const saved = await saveNamedVersion(owner.claims, { projectId, name: '  v1  ', draftVersion: 1, document: titled('Version one') });
    expect(saved).toMatchObject({ name: 'v1', draftVersion: 1, authorName: owner.email });
    expect(saved.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5000);
    await saveNamedVersion(owner.claims, { projectId, name: 'v2', draftVersion: 1, document: titled('Version two') });

    const listed = await listNamedVersions(viewer.claims, { projectId });
    expect(listed.map((version) => version.name)).toEqual(['v2', 'v1']);
    const v1 = await getNamedVersion(viewer.claims, { projectId, versionId: saved.id });
    expect(v1.document.i18n.strings.en!['hero.title']).toBe('Version one');
  });

  it('refuses an invalid document and an empty name, storing nothing', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const broken = structuredClone(veganBakery) as unknown as { pages: { sections: { variant?: string }[] }[] };
    broken.pages[0]!.sections[0]!.variant = 'zigzag';
    await expect(saveNamedVersion(owner.claims, { projectId, name: 'bad', draftVersion: 1, document: broken })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(saveNamedVersion(owner.claims, { projectId, name: '   ', draftVersion: 1, document: veganBakery })).rejects.toThrow();
    expect(await listNamedVersions(owner.claims, { projectId })).toEqual([]);
  });

  it('viewers and other clients cannot save one; other clients see none and cannot read one by id', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const viewer = await member(owner, projectId, 'viewer');
    const stranger = await createTestUser(handle);
    const saved = await saveNamedVersion(owner.claims, { projectId, name: 'mine', draftVersion: 1, document: veganBakery });
    for (const person of [viewer, stranger]) {
      await expect(
        saveNamedVersion(person.claims, { projectId, name: 'theirs', draftVersion: 1, document: veganBakery }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'errors.editor.notFound' });
    }
    expect(await listNamedVersions(stranger.claims, { projectId })).toEqual([]);
    await expect(getNamedVersion(stranger.claims, { projectId, versionId: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The stranger's own project id does not unlock it either.
    const theirs = await ownerWithDraft();
    await expect(getNamedVersion(theirs.owner.claims, { projectId: theirs.projectId, versionId: saved.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await listNamedVersions(owner.claims, { projectId })).map((version) => version.name)).toEqual(['mine']);
  });

  it('a co-editor may save one too, named as its author', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const editor = await member(owner, projectId, 'editor');
    const saved = await saveNamedVersion(editor.claims, { projectId, name: 'by editor', draftVersion: 1, document: veganBakery });
    expect(saved.authorName).toBe(editor.email);
  });

  it('owners and editors delete one for good; viewers and other clients cannot, and it stays', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const editor = await member(owner, projectId, 'editor');
    const viewer = await member(owner, projectId, 'viewer');
    const stranger = await createTestUser(handle);
    const keep = await saveNamedVersion(owner.claims, { projectId, name: 'keep', draftVersion: 1, document: veganBakery });
    const drop = await saveNamedVersion(owner.claims, { projectId, name: 'drop', draftVersion: 1, document: veganBakery });
    for (const person of [viewer, stranger]) {
      await expect(deleteNamedVersion(person.claims, { projectId, versionId: drop.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'errors.editor.notFound',
      });
    }
    // Another project's id does not reach it either.
    const theirs = await ownerWithDraft();
    await expect(deleteNamedVersion(theirs.owner.claims, { projectId: theirs.projectId, versionId: drop.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await listNamedVersions(owner.claims, { projectId })).map((version) => version.name)).toEqual(['drop', 'keep']);

    await deleteNamedVersion(editor.claims, { projectId, versionId: drop.id });
    expect((await listNamedVersions(viewer.claims, { projectId })).map((version) => version.id)).toEqual([keep.id]);
    await expect(deleteNamedVersion(owner.claims, { projectId, versionId: drop.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The draft is untouched.
    expect((await getNamedVersion(owner.claims, { projectId, versionId: keep.id })).name).toBe('keep');
  });
});

describe('share-a-preview links', () => {
  it('opens the current draft without an account, and stores only the token hash', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const link = await createShareLink(owner.claims, { projectId });
    const token = tokenOf(link.url);
    expect(link.url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(24 * 3600 * 1000);

    expect((await getSharedPreview(token))!.document.i18n.strings.en!['hero.title']).toBe(veganBakery.i18n.strings.en!['hero.title']);
    // It follows the draft: a later save shows on the same link.
    await saveDraftOnBase(owner.claims, { projectId, baseVersion: 1, document: titled('Edited after sharing') });
    expect(await getSharedPreview(token)).toMatchObject({ version: 2 });
    expect((await getSharedPreview(token))!.document.i18n.strings.en!['hero.title']).toBe('Edited after sharing');

    const stored = await handle.executor.query<{ token_hash: string }>('select token_hash from public.preview_share_links where id = $1', [
      link.id,
    ]);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.token_hash).not.toContain(token);
  });

  it('answers nothing for a wrong, revoked or expired token', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const revoked = await createShareLink(owner.claims, { projectId });
    const expired = await createShareLink(owner.claims, { projectId });
    expect(await getSharedPreview(tokenOf(revoked.url))).not.toBeNull();

    await revokeShareLink(owner.claims, { projectId, linkId: revoked.id });
    expect(await getSharedPreview(tokenOf(revoked.url))).toBeNull();
    await handle.executor.query(`update public.preview_share_links set expires_at = now() - interval '1 second' where id = $1`, [
      expired.id,
    ]);
    expect(await getSharedPreview(tokenOf(expired.url))).toBeNull();
    expect(await getSharedPreview('A'.repeat(43))).toBeNull();
    expect(await getSharedPreview('not a token')).toBeNull();
    expect(await listShareLinks(owner.claims, { projectId })).toEqual([]);
  });

  it('the expiry is the database’s 24 hours whatever the client sends, and a revoked link stays revoked', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const link = await createShareLink(owner.claims, { projectId });
    const [row] = await handle.executor.query<{ hours: number }>(
      `select extract(epoch from expires_at - created_at) / 3600 as hours from public.preview_share_links where id = $1`,
      [link.id],
    );
    expect(Number(row!.hours)).toBe(24);
    await revokeShareLink(owner.claims, { projectId, linkId: link.id });
    await expect(revokeShareLink(owner.claims, { projectId, linkId: link.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('viewers and other clients cannot create or revoke links; other clients do not see them', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const viewer = await member(owner, projectId, 'viewer');
    const stranger = await createTestUser(handle);
    const link = await createShareLink(owner.claims, { projectId });
    for (const person of [viewer, stranger]) {
      await expect(createShareLink(person.claims, { projectId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'errors.editor.notFound',
      });
      await expect(revokeShareLink(person.claims, { projectId, linkId: link.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await listShareLinks(stranger.claims, { projectId })).toEqual([]);
    expect((await listShareLinks(viewer.claims, { projectId })).map((row) => row.id)).toEqual([link.id]);
    // Unchanged: the link still opens.
    expect(await getSharedPreview(tokenOf(link.url))).not.toBeNull();
  });
});

describe('the shared page', () => {
  it('is the draft rendered for publishing, with the sites’ strict CSP, noindex and its stylesheet as a file', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const token = tokenOf((await createShareLink(owner.claims, { projectId })).url);
    const page = await renderSharedPreview(token, 'page', false);
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      'Content-Security-Policy': SITE_CSP,
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'private, no-store',
    });
    const html = String(page.body);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`<link rel="stylesheet" href="/share/${token}/styles.css">`);
    expect(html).not.toMatch(/<style|<script(?! type="application\/ld\+json")/);
    expect(html).toContain(veganBakery.i18n.strings.en!['hero.title']);

    const css = await renderSharedPreview(token, 'css', false);
    expect(css).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/css; charset=utf-8' } });
    expect(String(css.body)).toContain('--bg:');
  });

  it('is the neutral 404 (still noindex) for a wrong or revoked link', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const link = await createShareLink(owner.claims, { projectId });
    await revokeShareLink(owner.claims, { projectId, linkId: link.id });
    for (const token of [tokenOf(link.url), 'x'.repeat(43)]) {
      const page = await renderSharedPreview(token, 'page', false);
      expect(page.status).toBe(404);
      expect(page.headers['X-Robots-Tag']).toBe('noindex, nofollow');
      expect(String(new TextDecoder().decode(page.body as Uint8Array))).not.toContain(veganBakery.i18n.strings.en!['hero.title']);
    }
  });
});
