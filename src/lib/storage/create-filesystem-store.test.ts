import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createFilesystemStore } from './create-filesystem-store';
import { describeBlobStoreContract } from './testing/describe-blob-store-contract';

const roots: string[] = [];
async function freshRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'pm-storage-'));
  roots.push(root);
  return root;
}

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

async function listAll(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

describe('createFilesystemStore', () => {
  describeBlobStoreContract(async () => createFilesystemStore(await freshRoot()));

  it('writes one file per key under the root and leaves no temporary files', async () => {
    const root = await freshRoot();
    const store = createFilesystemStore(root);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => store.put('blobs/same', new TextEncoder().encode(`v${index}`), 'text/plain')),
    );
    expect(await listAll(root)).toEqual([path.join('blobs', 'same')]);
    expect(new TextDecoder().decode((await store.get('blobs/same'))?.body)).toMatch(/^v\d+$/);
  });

  it('never writes outside its root', async () => {
    const parent = await freshRoot();
    const store = createFilesystemStore(path.join(parent, 'storage'));
    await expect(store.put('../escape', new Uint8Array([1]), 'text/plain')).rejects.toThrow();
    await store.put('inside', new Uint8Array([1]), 'text/plain');
    expect(await listAll(parent)).toEqual([path.join('storage', 'inside')]);
  });

  it('reports a key that is also used as a folder as a conflict, not a crash', async () => {
    const store = createFilesystemStore(await freshRoot());
    await store.put('a/b', new Uint8Array([1]), 'text/plain');
    const error: unknown = await store.put('a', new Uint8Array([1]), 'text/plain').catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('CONFLICT');
    expect(await store.get('a')).toBeNull();
    expect(await store.has('a')).toBe(false);
  });

  it('refuses a damaged file instead of serving it with a guessed type', async () => {
    const root = await freshRoot();
    await mkdir(path.join(root, 'blobs'));
    await writeFile(path.join(root, 'blobs', 'bad'), 'no header here');
    const error: unknown = await createFilesystemStore(root)
      .get('blobs/bad')
      .catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('INTERNAL');
  });
});
