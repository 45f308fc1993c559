import path from 'node:path';
import { getEnv } from '@/lib/env';
import { createFilesystemStore } from './create-filesystem-store';
import { createSupabaseStore } from './create-supabase-store';
import type { BlobStore } from './types';

/**
 * The private bucket deployments are stored in. It must exist in the Supabase project (a
 * migration creates it); nothing in it is public — the host reads blobs and serves them.
 */
export const SUPABASE_STORAGE_BUCKET = 'site-files';

// One store per process, on globalThis because Next.js may evaluate this module more than once.
const globalForStorage = globalThis as typeof globalThis & { __pageMagicBlobStore?: BlobStore };

function createFromEnv(): BlobStore {
  const env = getEnv();
  if (env.NEXT_PUBLIC_SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY) {
    return createSupabaseStore({
      url: env.NEXT_PUBLIC_SUPABASE_URL,
      serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
      bucket: SUPABASE_STORAGE_BUCKET,
    });
  }
  return createFilesystemStore(path.resolve(env.DATA_DIR, 'storage'));
}

/** Supabase Storage when the project URL and service-role key are set, else files under DATA_DIR/storage. */
export function getBlobStore(): BlobStore {
  globalForStorage.__pageMagicBlobStore ??= createFromEnv();
  return globalForStorage.__pageMagicBlobStore;
}

/** Replaces the process-wide store; `undefined` makes the next getBlobStore() read the env again. */
export function setBlobStoreForTests(store: BlobStore | undefined): void {
  globalForStorage.__pageMagicBlobStore = store;
}
