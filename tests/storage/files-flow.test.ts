import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import type { UserFileStore } from '@/lib/storage/file-store';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { completeUpload } from '@/modules/storage/complete-upload';
import { createFolder } from '@/modules/storage/create-folder';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { listFiles } from '@/modules/storage/list-files';
import { moveEntries } from '@/modules/storage/move-entries';
import { openFile } from '@/modules/storage/open-file';
import { renameEntry } from '@/modules/storage/rename-entry';
import { restoreTrash } from '@/modules/storage/restore-trash';
import { startUpload } from '@/modules/storage/start-upload';
import { trashEntries } from '@/modules/storage/trash-entries';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { tusUpload } from './tus-client';

// A file's way in, end to end on the embedded adapters: reserve → TUS → check → keep, and what
// is refused on the way (type from the bytes, SVG scripts), with the real database and the real
// @tus/server behind the route's handler.

const SECRET = 'test-secret-for-upload-tokens-0123456789';
let handle: DbHandle;
let dir: string;
let store: UserFileStore;
let tus: (request: Request) => Promise<Response>;

beforeAll(async () => {
  handle = await createTestDb();
  dir = await mkdtemp(path.join(os.tmpdir(), 'pm-files-'));
  store = createFilesystemFileStore(dir, SECRET);
  setFileStoreForTests(store);
  tus = createEmbeddedTusHandler({ directory: dir, secret: SECRET, isUploadOpen: (key) => unsafeIsUploadOpen(key) });
});
afterAll(async () => {
  setFileStoreForTests(undefined);
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (err: unknown) => (isAppError(err) ? `${err.code} ${err.key}` : `not an AppError: ${String(err)}`),
  );

async function send(user: TestUser, name: string, bytes: Uint8Array, folderId: string | null = null) {
  const { uploadId, ticket } = await startUpload(user.claims, { name, size: bytes.length, folderId });
  const sent = await tusUpload(tus, ticket, bytes);
  expect(sent.patch?.status, 'TUS PATCH').toBe(204);
  return { uploadId, ticket };
}

const photo = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#d2691e' } })
    .jpeg()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe('uploading a file', () => {
  it('reserves room, takes the bytes over TUS, checks them and keeps the file with a thumbnail', async () => {
    const user = await createTestUser(handle);
    const folder = await createFolder(user.claims, { name: 'Bakery' });
    const bytes = await photo();
    const { uploadId } = await send(user, 'bread.jpg', bytes, folder.id);
    expect((await getEntitlements(user.claims)).storage.used).toBe(bytes.length); // reserved while in flight

    const file = await completeUpload(user.claims, { uploadId });
    expect(file).toMatchObject({ id: uploadId, name: 'bread.jpg', contentType: 'image/jpeg', sizeBytes: bytes.length, hasThumbnail: true });
    expect((await getEntitlements(user.claims)).storage.used).toBe(bytes.length); // the file, not the reservation too

    const listing = await listFiles(user.claims, { folderId: folder.id });
    expect(listing.files).toEqual([expect.objectContaining({ id: uploadId, width: 640, height: 480, hasThumbnail: true })]);
    const opened = await openFile(user.claims, { id: uploadId });
    expect(new Uint8Array(await new Response(opened.body).arrayBuffer())).toEqual(bytes);
    expect(opened).toMatchObject({ contentType: 'image/jpeg', mayShowInline: true });
    const thumbnail = await openFile(user.claims, { id: uploadId, variant: 'thumbnail' });
    expect(thumbnail.contentType).toBe('image/webp');
    // Where TUS wrote is empty now: the kept bytes live where no upload can write.
    expect(await store.size(`uploads/${uploadId}`)).toBeNull();
  });

  it('refuses an HTML page named .jpg: deleted, and its room given back', async () => {
    const user = await createTestUser(handle);
    const page = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>');
    const { uploadId } = await send(user, 'holiday.jpg', page);
    expect(await codeOf(completeUpload(user.claims, { uploadId }))).toBe('VALIDATION errors.storage.typeNotAllowed');
    expect(await store.size(`files/${uploadId}`)).toBeNull();
    expect((await getEntitlements(user.claims)).storage.used).toBe(0);
    expect((await listFiles(user.claims, {})).files).toEqual([]);
  });

  it('names a file by what its bytes are: a GIF/HTML polyglot sent as poly.html is kept as poly.gif, and stays .gif when renamed', async () => {
    const user = await createTestUser(handle);
    // Valid GIF magic followed by markup: image/gif to the sniffer, a page to anything that goes by the name.
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    const polyglot = new Uint8Array([...gif, ...new TextEncoder().encode('<html><script>alert(document.domain)</script></html>')]);
    const { uploadId } = await send(user, 'poly.html', polyglot);
    const file = await completeUpload(user.claims, { uploadId });
    expect(file).toMatchObject({ name: 'poly.gif', contentType: 'image/gif' });
    expect((await listFiles(user.claims, {})).files.map((f) => f.name)).toEqual(['poly.gif']);
    expect((await openFile(user.claims, { id: uploadId })).name).toBe('poly.gif');
    expect(await renameEntry(user.claims, { kind: 'file', id: uploadId, name: 'index.html' })).toMatchObject({ name: 'index.gif' });
    expect(await renameEntry(user.claims, { kind: 'file', id: uploadId, name: 'Party invite.GIF' })).toMatchObject({
      name: 'Party invite.GIF',
    });
    // A photo whose name has no extension, or a wrong one, gets the type's.
    const scan = await send(user, 'scan', await photo());
    expect((await completeUpload(user.claims, { uploadId: scan.uploadId })).name).toBe('scan.jpg');
    const misnamed = await send(user, 'IMG_0042.png', await photo());
    expect((await completeUpload(user.claims, { uploadId: misnamed.uploadId })).name).toBe('IMG_0042.jpg');
  });

  it('refuses an SVG with a script, and keeps a clean one as a download with a raster preview', async () => {
    const user = await createTestUser(handle);
    const evil = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>');
    const first = await send(user, 'logo.svg', evil);
    expect(await codeOf(completeUpload(user.claims, { uploadId: first.uploadId }))).toBe('VALIDATION errors.storage.unsafeSvg');

    const clean = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#c00"/></svg>',
    );
    const second = await send(user, 'logo.svg', clean);
    const file = await completeUpload(user.claims, { uploadId: second.uploadId });
    expect(file).toMatchObject({ contentType: 'image/svg+xml', hasThumbnail: true });
    expect((await openFile(user.claims, { id: file.id })).mayShowInline).toBe(false);
  });

  it('keeps a file that arrived whole only: a short upload is not completed', async () => {
    const user = await createTestUser(handle);
    const bytes = await photo();
    const { uploadId, ticket } = await startUpload(user.claims, { name: 'half.jpg', size: bytes.length });
    const create = await tus(
      new Request(`http://app.test${ticket.endpoint}`, {
        method: 'POST',
        headers: { 'tus-resumable': '1.0.0', 'upload-length': String(bytes.length), ...ticket.headers },
      }),
    );
    await tus(
      new Request(new URL(create.headers.get('location')!, 'http://app.test'), {
        method: 'PATCH',
        headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', ...ticket.headers },
        body: bytes.slice(0, 100),
      }),
    );
    expect(await codeOf(completeUpload(user.claims, { uploadId }))).toBe('CONFLICT errors.storage.uploadIncomplete');
    expect((await listFiles(user.claims, {})).files).toEqual([]);
  });
});

describe('the embedded TUS endpoint', () => {
  it('writes only what the token allows: its own object, at most the reserved bytes, while the upload is open', async () => {
    const a = await createTestUser(handle);
    const b = await createTestUser(handle);
    const bytes = await photo();
    const ofA = await startUpload(a.claims, { name: 'a.jpg', size: bytes.length });
    const ofB = await startUpload(b.claims, { name: 'b.jpg', size: bytes.length });

    // No token, a forged one, or A's token against B's upload URL: refused.
    const noToken = await tusUpload(tus, { ...ofB.ticket, headers: {} }, bytes);
    expect(noToken.create.status).toBe(403);
    const forged = await tusUpload(tus, ofB.ticket, bytes, { token: `${ofB.ticket.headers['x-signature']!.slice(0, -2)}xx` });
    expect(forged.create.status).toBe(403);
    const sentB = await tusUpload(tus, ofB.ticket, bytes);
    expect(sentB.patch?.status).toBe(204);
    const overwrite = await tus(
      new Request(new URL(sentB.location!, 'http://app.test'), {
        method: 'PATCH',
        headers: {
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          ...ofA.ticket.headers,
        },
        body: new TextEncoder().encode('<html>'),
      }),
    );
    expect(overwrite.status).toBe(403);
    const probe = await tus(
      new Request(new URL(sentB.location!, 'http://app.test'), {
        method: 'HEAD',
        headers: { 'tus-resumable': '1.0.0', ...ofA.ticket.headers },
      }),
    );
    expect(probe.status).toBe(403);

    // More than reserved: refused before a byte is written.
    const tooLong = await tusUpload(tus, ofA.ticket, bytes, { length: bytes.length + 1 });
    expect(tooLong.create.status).toBe(413);

    // After completion the token writes nothing any more (the kept file can't be swapped for HTML).
    await completeUpload(b.claims, { uploadId: ofB.uploadId });
    const again = await tusUpload(tus, ofB.ticket, new TextEncoder().encode('<html>'));
    expect(again.create.status).toBe(410);
    expect(new Uint8Array(await new Response((await openFile(b.claims, { id: ofB.uploadId })).body).arrayBuffer())).toEqual(bytes);
  });
});

describe('another client', () => {
  it('sees, lists, downloads, changes and restores none of A’s files or folders', async () => {
    const a = await createTestUser(handle);
    const b = await createTestUser(handle);
    const folderA = await createFolder(a.claims, { name: 'Private' });
    const folderB = await createFolder(b.claims, { name: 'Mine' });
    const { uploadId } = await send(a, 'secret.jpg', await photo(), folderA.id);
    const fileA = await completeUpload(a.claims, { uploadId });
    const own = await send(b, 'own.jpg', await photo());
    const fileB = await completeUpload(b.claims, { uploadId: own.uploadId });
    const { batch } = await trashEntries(a.claims, { fileIds: [] });

    expect(await codeOf(listFiles(b.claims, { folderId: folderA.id }))).toBe('NOT_FOUND errors.storage.folderNotFound');
    expect((await listFiles(b.claims, { query: 'secret' })).files).toEqual([]);
    expect(await codeOf(openFile(b.claims, { id: fileA.id }))).toBe('NOT_FOUND errors.storage.fileNotFound');
    expect(await codeOf(openFile(b.claims, { id: fileA.id, variant: 'thumbnail' }))).toBe('NOT_FOUND errors.storage.fileNotFound');
    expect(await codeOf(renameEntry(b.claims, { kind: 'file', id: fileA.id, name: 'mine.jpg' }))).toBe(
      'NOT_FOUND errors.storage.fileNotFound',
    );
    expect(await codeOf(renameEntry(b.claims, { kind: 'folder', id: folderA.id, name: 'x' }))).toBe(
      'NOT_FOUND errors.storage.folderNotFound',
    );
    expect(await moveEntries(b.claims, { fileIds: [fileA.id], targetFolderId: folderB.id })).toEqual({ moved: 0 });
    expect(await trashEntries(b.claims, { fileIds: [fileA.id], folderIds: [folderA.id] })).toMatchObject({ count: 0 });
    expect(await codeOf(restoreTrash(b.claims, { batch }))).toBe('NOT_FOUND errors.storage.nothingToRestore');
    // Nor can A put a file into B's folder, or a folder into B's folder.
    expect(await codeOf(moveEntries(a.claims, { fileIds: [fileA.id], targetFolderId: folderB.id }))).toBe(
      'NOT_FOUND errors.storage.folderNotFound',
    );
    expect(await codeOf(createFolder(a.claims, { name: 'Sneaky', parentId: folderB.id }))).toBe('NOT_FOUND errors.storage.folderNotFound');
    expect(await codeOf(startUpload(a.claims, { name: 'x.jpg', size: 10, folderId: folderB.id }))).toMatch(/^NOT_FOUND/);
    // B's own file is untouched by all of this, and A's is where A left it.
    expect((await listFiles(a.claims, { folderId: folderA.id })).files.map((f) => [f.id, f.name])).toEqual([[fileA.id, 'secret.jpg']]);
    expect((await listFiles(b.claims, {})).files.map((f) => f.id)).toEqual([fileB.id]);
  });

  it('a folder never moves into itself or below itself', async () => {
    const user = await createTestUser(handle);
    const top = await createFolder(user.claims, { name: 'Top' });
    const child = await createFolder(user.claims, { name: 'Child', parentId: top.id });
    expect(await codeOf(moveEntries(user.claims, { folderIds: [top.id], targetFolderId: child.id }))).toBe(
      'VALIDATION errors.storage.folderIntoItself',
    );
    expect(await codeOf(moveEntries(user.claims, { folderIds: [top.id], targetFolderId: top.id }))).toBe(
      'VALIDATION errors.storage.folderIntoItself',
    );
  });

  it('deleting a folder takes everything inside it, and undo brings it all back', async () => {
    const user = await createTestUser(handle);
    const top = await createFolder(user.claims, { name: 'Top' });
    const child = await createFolder(user.claims, { name: 'Child', parentId: top.id });
    const { uploadId } = await send(user, 'deep.jpg', await photo(), child.id);
    await completeUpload(user.claims, { uploadId });
    const { batch, count } = await trashEntries(user.claims, { folderIds: [top.id] });
    expect(count).toBe(3);
    expect(await listFiles(user.claims, {})).toMatchObject({ folders: [], files: [] });
    expect((await getEntitlements(user.claims)).storage.used).toBe(0);
    expect(await restoreTrash(user.claims, { batch })).toEqual({ count: 3 });
    expect((await listFiles(user.claims, { folderId: child.id })).files.map((f) => f.name)).toEqual(['deep.jpg']);
  });
});
