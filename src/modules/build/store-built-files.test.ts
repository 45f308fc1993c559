import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createSupabaseStore } from '@/lib/storage/create-supabase-store';
import { startFakeSupabaseStorage, type FakeSupabaseStorage } from '@/lib/storage/testing/fake-supabase-storage';
import type { BlobStore } from '@/lib/storage/types';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { blobKeyFor } from './blob-key-for';
import { buildSite } from './build-site';
import { storeBuiltFiles } from './store-built-files';

const BASE = 'https://padaria.pagemagic.site';
let root: string;
let fake: FakeSupabaseStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pm-build-store-'));
  fake = await startFakeSupabaseStorage();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await fake.close();
});

/** Wraps a store to record which keys were uploaded. */
function recording(store: BlobStore): { store: BlobStore; written: string[] } {
  const written: string[] = [];
  return {
    written,
    store: { ...store, kind: store.kind, put: (key, body, contentType) => (written.push(key), store.put(key, body, contentType)) },
  };
}

describe('storeBuiltFiles', () => {
  it('stores each file once by content; a republish writes nothing; one changed section writes only its pages', async () => {
    const { store, written } = recording(createFilesystemStore(path.join(root, 'fs')));
    const first = buildSite(veganBakery, { baseUrl: BASE });

    const initial = await storeBuiltFiles(store, first.files);
    const distinct = new Set(first.files.map((file) => file.sha256)).size;
    expect(initial).toEqual({ writtenBlobs: distinct, reusedBlobs: 0, writtenBytes: expect.any(Number) });
    for (const file of first.files) {
      const blob = await store.get(blobKeyFor(file.sha256));
      expect(Buffer.from(blob?.body ?? []).equals(Buffer.from(file.body))).toBe(true);
    }

    written.length = 0;
    const again = await storeBuiltFiles(store, buildSite(veganBakery, { baseUrl: BASE }).files);
    expect(again).toEqual({ writtenBlobs: 0, writtenBytes: 0, reusedBlobs: distinct });
    expect(written).toEqual([]);

    const edited = structuredClone(veganBakery);
    const hero = edited.pages[0].sections[0];
    if (hero.type !== 'hero') throw new Error('fixture changed: first section is not the hero');
    hero.variant = 'centered';
    const second = buildSite(edited, { baseUrl: BASE });
    const changedPaths = second.files.filter((file) => first.manifest.files[file.path]?.sha256 !== file.sha256).map((file) => file.path);
    expect(changedPaths).toEqual(['index.html', 'pt-BR/index.html']);

    written.length = 0;
    const result = await storeBuiltFiles(store, second.files);
    expect(result.writtenBlobs).toBe(2);
    expect(written.sort()).toEqual(changedPaths.map((changed) => blobKeyFor(second.manifest.files[changed].sha256)).sort());
  });

  it('refuses a file whose bytes do not match its hash, before uploading anything', async () => {
    const { store, written } = recording(createFilesystemStore(path.join(root, 'tampered')));
    const files = buildSite(veganBakery, { baseUrl: BASE }).files.map((file) => ({ ...file }));
    files[3] = { ...files[3], body: new TextEncoder().encode('tampered') };
    const error: unknown = await storeBuiltFiles(store, files).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('INTERNAL');
    expect(written).toEqual([]);
  });

  it('over Supabase Storage, a republish only asks whether blobs exist', async () => {
    const store = createSupabaseStore({ url: fake.url, serviceRoleKey: fake.serviceRoleKey, bucket: 'site-files' });
    const { files } = buildSite(veganBakery, { baseUrl: BASE });
    await storeBuiltFiles(store, files);
    fake.requests.length = 0;
    await storeBuiltFiles(store, files);
    expect(new Set(fake.requests.map((request) => request.method))).toEqual(new Set(['HEAD']));
    expect(fake.requests).toHaveLength(new Set(files.map((file) => file.sha256)).size);
  });
});
