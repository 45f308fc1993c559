import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { createShareLink } from '@/modules/editor/create-share-link';
import { renderSharedFile } from '@/modules/editor/render-shared-file';
import { sharedFileUrl } from '@/modules/editor/shared-file-url';
import { renderSharedPreview } from '@/modules/editor/render-shared-preview';
import { revokeShareLink } from '@/modules/editor/revoke-share-link';
import { saveSiteVersion } from '@/modules/generate/save-site-version';
import { setDraftPhoto } from '@/modules/generate/set-draft-photo';
import { createProject } from '@/modules/projects/create-project';
import { completeUpload } from '@/modules/storage/complete-upload';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { startUpload } from '@/modules/storage/start-upload';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { tusUpload } from '../storage/tus-client';

// Photos on a share-a-preview page (issue 12): the draft's photos are clients' private files,
// so the shared page reaches them only under its own token, only those the draft shows, only
// while the link is valid — and never another client's file.

const SECRET = 'test-secret-for-upload-tokens-0123456789';
let handle: DbHandle;
let dir: string;
let tus: (request: Request) => Promise<Response>;

beforeAll(async () => {
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  handle = await createTestDb();
  dir = await mkdtemp(path.join(os.tmpdir(), 'pm-shared-photos-'));
  setFileStoreForTests(createFilesystemFileStore(dir, SECRET));
  tus = createEmbeddedTusHandler({ directory: dir, secret: SECRET, isUploadOpen: (key) => unsafeIsUploadOpen(key) });
});
afterAll(async () => {
  setFileStoreForTests(undefined);
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

async function upload(user: TestUser, name: string, color: string): Promise<{ id: string; bytes: Uint8Array }> {
  const bytes = new Uint8Array(
    await sharp({ create: { width: 800, height: 600, channels: 3, background: color } })
      .jpeg()
      .toBuffer(),
  );
  const { uploadId, ticket } = await startUpload(user.claims, { name, size: bytes.length, folderId: null });
  expect((await tusUpload(tus, ticket, bytes)).patch?.status).toBe(204);
  return { id: (await completeUpload(user.claims, { uploadId })).id, bytes };
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

describe('photos on a shared preview', () => {
  it("shows the draft's own photo under the link's token, and nothing else, and not after revoking", async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const stranger = await createTestUser(handle, { tier: 'pro' });
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
