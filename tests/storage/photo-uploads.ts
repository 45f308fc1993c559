import { mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import { completeUpload } from '@/modules/storage/complete-upload';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { startUpload } from '@/modules/storage/start-upload';
import { createTestDb, type TestUser } from '@tests/helpers/test-db';
import { tusUpload } from './tus-client';

const SECRET = 'test-secret-for-upload-tokens-0123456789';

/**
 * A test file's world for photos in Files: a database, a file store in a temporary folder, the
 * embedded TUS endpoint, a fresh rate limiter per test and (with `blobs`) a blob store for what
 * builds publish. Registers its own hooks; call it at the top of the file.
 */
export function photoUploadWorld({ env = {}, blobs = false }: { env?: Record<string, string>; blobs?: boolean } = {}) {
  let handle: DbHandle | undefined;
  let dir = '';
  let tus: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    Object.assign(process.env, env);
    resetEnvCache();
    handle = await createTestDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'pm-photos-'));
    setFileStoreForTests(createFilesystemFileStore(dir, SECRET));
    if (blobs) setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(os.tmpdir(), 'pm-blobs-'))));
    tus = createEmbeddedTusHandler({ directory: dir, secret: SECRET, isUploadOpen: (key) => unsafeIsUploadOpen(key) });
  });
  afterAll(async () => {
    setFileStoreForTests(undefined);
    await handle?.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

  return {
    get handle(): DbHandle {
      if (!handle) throw new Error('photoUploadWorld: the database is ready only inside tests');
      return handle;
    },
    /** Uploads a plain-colour JPEG of `width`×¾ through TUS into the person's Files. */
    async upload(user: TestUser, name: string, color: string, width = 800): Promise<{ id: string; bytes: Uint8Array }> {
      const bytes = new Uint8Array(
        await sharp({ create: { width, height: Math.round((width * 3) / 4), channels: 3, background: color } })
          .jpeg()
          .toBuffer(),
      );
      const { uploadId, ticket } = await startUpload(user.claims, { name, size: bytes.length, folderId: null });
      expect((await tusUpload(tus, ticket, bytes)).patch?.status).toBe(204);
      return { id: (await completeUpload(user.claims, { uploadId })).id, bytes };
    },
  };
}
