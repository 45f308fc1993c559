import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesystemFileStore } from './create-filesystem-file-store';
import { describeFileStoreContract } from './testing/describe-file-store-contract';
import { verifyUploadToken } from './upload-token';

const SECRET = 'test-secret-for-upload-tokens-0123456789';
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pm-file-store-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createFilesystemFileStore', () => {
  let n = 0;
  describeFileStoreContract(() => createFilesystemFileStore(path.join(root, `store-${++n}`), SECRET));

  it('signs a ticket for exactly the reserved object, size and expiry', async () => {
    const store = createFilesystemFileStore(path.join(root, 'tickets'), SECRET);
    const expiresAt = new Date(Date.now() + 3_600_000);
    const ticket = await store.createUploadTicket({ key: 'uploads/abc', size: 1234, expiresAt });
    expect(verifyUploadToken(ticket.headers['x-signature'], SECRET)).toEqual({
      key: 'uploads/abc',
      size: 1234,
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
    expect(verifyUploadToken(ticket.headers['x-signature'], 'another-secret-entirely-0123456789')).toBeNull();
    expect(verifyUploadToken(ticket.headers['x-signature'], SECRET, expiresAt.getTime() + 1000)).toBeNull();
  });
});
