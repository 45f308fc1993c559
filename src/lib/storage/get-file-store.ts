import path from 'node:path';
import { getAuthSecret } from '@/lib/auth/secret';
import { getEnv } from '@/lib/env';
import { createFilesystemFileStore } from './create-filesystem-file-store';
import { createSupabaseFileStore } from './create-supabase-file-store';
import type { UserFileStore } from './file-store';

/** The private bucket of people's files (it must exist in the Supabase project, not public). */
export const SUPABASE_USER_FILES_BUCKET = 'user-files';

const globalForFiles = globalThis as typeof globalThis & { __pageMagicFileStore?: UserFileStore };

/** The embedded store's directory (the embedded TUS server writes there too). */
export function userFilesDirectory(): string {
  return path.resolve(getEnv().DATA_DIR, 'user-files');
}

function createFromEnv(): UserFileStore {
  const env = getEnv();
  if (env.NEXT_PUBLIC_SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY) {
    return createSupabaseFileStore({
      url: env.NEXT_PUBLIC_SUPABASE_URL,
      serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
      anonKey: env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
      bucket: SUPABASE_USER_FILES_BUCKET,
    });
  }
  return createFilesystemFileStore(userFilesDirectory(), getAuthSecret());
}

/** Supabase Storage when configured (as getBlobStore decides), else files under DATA_DIR/user-files. */
export function getFileStore(): UserFileStore {
  globalForFiles.__pageMagicFileStore ??= createFromEnv();
  return globalForFiles.__pageMagicFileStore;
}

/** Replaces the process-wide store; `undefined` makes the next getFileStore() read the env again. */
export function setFileStoreForTests(store: UserFileStore | undefined): void {
  globalForFiles.__pageMagicFileStore = store;
}
