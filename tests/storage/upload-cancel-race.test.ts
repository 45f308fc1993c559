import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import type { UploadTicket } from '@/lib/storage/file-store';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { cancelUpload } from '@/modules/storage/cancel-upload';
import { completeUpload } from '@/modules/storage/complete-upload';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { startUpload } from '@/modules/storage/start-upload';
import { unsafeCancelTerminatedUpload } from '@/modules/storage/unsafe-cancel-terminated-upload';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { APP, tusUpload } from './tus-client';

// Cancelling an upload while its last chunk is in flight once left an account's usage 7 MB above
// the files it had (22 MB shown, 15 MB of files). Whatever order a cancel, the last PATCH, the
// browser's TUS terminate and the completion reach the server in, once they have all settled the
// usage is exactly the sum of the files that exist — and a cancel that returned first wins.

const SECRET = 'test-secret-for-upload-tokens-0123456789';
let handle: DbHandle & { url?: string };
let dir: string;
let tus: (request: Request) => Promise<Response>;
let photo: Uint8Array;

beforeAll(async () => {
  handle = await createTestDb();
  dir = await mkdtemp(path.join(os.tmpdir(), 'pm-cancel-race-'));
  setFileStoreForTests(createFilesystemFileStore(dir, SECRET));
  tus = createEmbeddedTusHandler({
    directory: dir,
    secret: SECRET,
    isUploadOpen: (key) => unsafeIsUploadOpen(key),
    onUploadTerminated: (key) => unsafeCancelTerminatedUpload(key),
  });
  photo = new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2e8b57' } })
      .jpeg()
      .toBuffer(),
  );
});
afterAll(async () => {
  setFileStoreForTests(undefined);
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

async function usageAndFiles(user: TestUser) {
  const [row] = await handle.executor.query<{ files: string; open: string }>(
    `select coalesce((select sum(size_bytes) from public.storage_items where owner_id = $1 and trashed_at is null), 0)::text as files,
            (select count(*) from public.storage_uploads where owner_id = $1 and expires_at > now())::text as open`,
    [user.id],
  );
  return { used: (await getEntitlements(user.claims)).storage.used, files: Number(row!.files), openUploads: Number(row!.open) };
}

/** What tus-js-client sends on abort(true): DELETE of the upload's URL with its token. */
function terminate(ticket: UploadTicket, location: string) {
  return tus(
    new Request(new URL(location, APP), {
      method: 'DELETE',
      headers: { 'tus-resumable': '1.0.0', ...ticket.headers, host: 'app.test' },
    }),
  );
}

async function sentUpload(user: TestUser, name: string) {
  const { uploadId, ticket } = await startUpload(user.claims, { name, size: photo.length });
  const sent = await tusUpload(tus, ticket, photo);
  expect(sent.patch?.status).toBe(204);
  return { uploadId, ticket, location: sent.location! };
}

const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok' as const,
    () => 'refused' as const,
  );

describe('cancelling an upload while it finishes', () => {
  raceIt('a cancel that returned before the completion took its lock wins, even if the completion began first', async () => {
    const user = await createTestUser(handle);
    const { uploadId } = await sentUpload(user, 'changed-my-mind.jpg');
    // The completion's transaction starts (its now() is fixed here) …
    const sql = postgres(handle.url!, { max: 1, onnotice: () => {} });
    try {
      const outcome = await sql
        .begin(async (tx) => {
          await tx`select set_config('request.jwt.claims', ${JSON.stringify(user.claims)}, true)`;
          await tx`set local role authenticated`;
          await tx`select now()`;
          // … the person's cancel runs and returns …
          await cancelUpload(user.claims, { uploadId });
          // … and only then does the completion reach the row.
          await tx`select private.complete_upload(${uploadId}::uuid, ${photo.length}::bigint, 'image/jpeg', null, null, null, null)`;
        })
        .then(
          () => 'kept the cancelled file',
          (err: unknown) => (err instanceof Error ? err.message : String(err)),
        );
      expect(outcome).toBe('upload_expired');
    } finally {
      await sql.end();
    }
    expect(await usageAndFiles(user)).toEqual({ used: 0, files: 0, openUploads: 0 });
  });

  raceIt('a terminate (the browser aborting TUS) ends the reservation even if the cancel request never arrives', async () => {
    const user = await createTestUser(handle);
    const { uploadId, ticket, location } = await sentUpload(user, 'tab-closed.jpg');
    // The last chunk arrived, the browser's completion and its terminate cross; then the page is
    // reloaded before cancelUploadAction is sent.
    const [completed, terminated] = await Promise.all([settled(completeUpload(user.claims, { uploadId })), terminate(ticket, location)]);
    const after = await usageAndFiles(user);
    expect(after, `completion ${completed}, terminate ${terminated.status}`).toMatchObject({ used: after.files, openUploads: 0 });
  });

  raceIt(
    'many times over, whatever order completion, terminate and cancel land in: usage = the files that exist',
    async () => {
      const user = await createTestUser(handle);
      const outcomes = new Set<string>();
      for (let i = 0; i < 40; i++) {
        const { uploadId, ticket, location } = await sentUpload(user, `race-${i}.jpg`);
        const variant = i % 3;
        const completing = settled(completeUpload(user.claims, { uploadId }));
        const cancelling =
          variant === 0
            ? terminate(ticket, location).then(() => cancelUpload(user.claims, { uploadId })) // tus abort(true), then the action
            : variant === 1
              ? settled(cancelUpload(user.claims, { uploadId }))
              : terminate(ticket, location); // the page went away before the action was sent
        const [completed] = await Promise.all([completing, cancelling]);
        outcomes.add(`${variant}:${completed}`);
        const after = await usageAndFiles(user);
        expect(after, `iteration ${i} (variant ${variant}, completion ${completed})`).toMatchObject({ used: after.files, openUploads: 0 });
      }
    },
    120_000,
  );

  raceIt('a terminate before the completion: the completion is refused and nothing is counted', async () => {
    const user = await createTestUser(handle);
    const { uploadId, ticket, location } = await sentUpload(user, 'gone.jpg');
    expect((await terminate(ticket, location)).status).toBe(204);
    expect(await settled(completeUpload(user.claims, { uploadId }))).toBe('refused');
    expect(await usageAndFiles(user)).toEqual({ used: 0, files: 0, openUploads: 0 });
  });
});
