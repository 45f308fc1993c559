import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeAdapters, resetEnvCache } from '@/lib/env';
import { createFilesystemStore } from './create-filesystem-store';
import { getBlobStore, setBlobStoreForTests } from './get-blob-store';

const saved = { url: process.env.NEXT_PUBLIC_SUPABASE_URL, key: process.env.SUPABASE_SERVICE_ROLE_KEY };

function setEnv(url: string | undefined, key: string | undefined): void {
  if (url === undefined) delete process.env.NEXT_PUBLIC_SUPABASE_URL;
  else process.env.NEXT_PUBLIC_SUPABASE_URL = url;
  if (key === undefined) delete process.env.SUPABASE_SERVICE_ROLE_KEY;
  else process.env.SUPABASE_SERVICE_ROLE_KEY = key;
  resetEnvCache();
  setBlobStoreForTests(undefined);
}

afterEach(() => {
  setEnv(saved.url, saved.key);
});

describe('getBlobStore', () => {
  it('uses the filesystem without Supabase configuration, and caches the store', () => {
    setEnv(undefined, undefined);
    const store = getBlobStore();
    expect(store.kind).toBe('filesystem');
    expect(getBlobStore()).toBe(store);
  });

  it('needs both the project URL and the service-role key for Supabase', () => {
    setEnv('https://abc.supabase.co', undefined);
    expect(getBlobStore().kind).toBe('filesystem');
    expect(getBlobStore().kind).toBe(describeAdapters().storage);
    setEnv('https://abc.supabase.co', 'service-key');
    expect(getBlobStore().kind).toBe('supabase');
    expect(describeAdapters().storage).toBe('supabase');
  });

  it('lets tests put their own store in place', () => {
    const mine = createFilesystemStore(path.resolve('.data', 'test-storage-unused'));
    setBlobStoreForTests(mine);
    expect(getBlobStore()).toBe(mine);
  });
});
