import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { createShareLink } from '@/modules/editor/create-share-link';
import { renderSharedFile } from '@/modules/editor/render-shared-file';
import { sharedFileUrl } from '@/modules/editor/shared-file-url';
import { renderSharedPreview } from '@/modules/editor/render-shared-preview';
import { revokeShareLink } from '@/modules/editor/revoke-share-link';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { setDraftPhoto } from '@/modules/drafts/set-draft-photo';
import { createProject } from '@/modules/projects/create-project';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';
import { photoUploadWorld } from '../storage/photo-uploads';

// Photos on a share-a-preview page (issue 12): the draft's photos are clients' private files,
// so the shared page reaches them only under its own token, only those the draft shows, only
// while the link is valid — and never another client's file.

const photos = photoUploadWorld({ env: { APP_URL: 'http://app.test' } });
const upload = (user: TestUser, name: string, color: string) => photos.upload(user, name, color);

const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

describe('photos on a shared preview', () => {
  it("shows the draft's own photo under the link's token, and nothing else, and not after revoking", async () => {
    const owner = await createTestUser(photos.handle, { tier: 'pro' });
    const stranger = await createTestUser(photos.handle, { tier: 'pro' });
    const project = await createProject(owner.claims, { name: `Shared photos ${owner.id.slice(0, 6)}` });
    await saveSiteVersion(owner.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    const bread = await upload(owner, 'bread.jpg', '#c0602a');
    const unused = await upload(owner, 'not-on-the-site.jpg', '#3060c0');
    const theirs = await upload(stranger, 'secret.jpg', '#203040');
    await setDraftPhoto(owner.claims, { projectId: project.id, slotId: '0/hero/image', fileId: bread.id, alt: 'Bread', locale: 'en' });
    const link = await createShareLink(owner.claims, { projectId: project.id });
    const token = tokenOf(link.url);

    const page = await renderSharedPreview(token, 'page', false);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain(`src="${sharedFileUrl(token, bread.id)}"`);

    const photo = await renderSharedFile(token, bread.id, false);
    expect(photo.status).toBe(200);
    expect(photo.headers['Content-Type']).toBe('image/jpeg');
    expect(photo.headers['Cache-Control']).toBe('private, no-store');
    expect(photo.headers['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(Buffer.from(photo.body as Uint8Array).equals(Buffer.from(bread.bytes))).toBe(true);

    // Another file of the same owner that the draft does not show, another client's file, a
    // wrong token: all the same 404.
    expect((await renderSharedFile(token, unused.id, false)).status).toBe(404);
    expect((await renderSharedFile(token, theirs.id, false)).status).toBe(404);
    expect((await renderSharedFile('A'.repeat(43), bread.id, false)).status).toBe(404);

    // Another project's link does not open this project's photo.
    const otherProject = await createProject(stranger.claims, { name: `Other ${stranger.id.slice(0, 6)}` });
    await saveSiteVersion(stranger.claims, { projectId: otherProject.id, document: veganBakery, source: 'generate' });
    const otherToken = tokenOf((await createShareLink(stranger.claims, { projectId: otherProject.id })).url);
    expect((await renderSharedFile(otherToken, bread.id, false)).status).toBe(404);

    await revokeShareLink(owner.claims, { projectId: project.id, linkId: link.id });
    expect((await renderSharedFile(token, bread.id, false)).status).toBe(404);
  });
});
