import { AppError } from '@/lib/errors';
import { assertValidBlobKey } from './assert-valid-blob-key';
import { assertValidContentType } from './assert-valid-content-type';
import { errorBodyOf, failure, isNotFound, type StorageAction } from './create-supabase-store';
import type { UserFileStore } from './file-store';

export type SupabaseFileStoreOptions = {
  /** Project URL, e.g. https://abc.supabase.co. */
  url: string;
  /** Server-only: the bucket is private; browsers only ever get a signed permission for one object. */
  serviceRoleKey: string;
  /** The public (anon) key: Supabase's gateway wants it on the browser's signed TUS requests. */
  anonKey?: string;
  bucket: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

// Supabase's resumable endpoint takes 6 MB chunks (its documented requirement).
const SUPABASE_CHUNK_SIZE = 6 * 1024 * 1024;

/**
 * The production adapter for people's files: Supabase Storage. Browsers upload straight to
 * Supabase's resumable (TUS) endpoint with a signed upload token for exactly one object name
 * (`/upload/resumable/sign` + `x-signature`, no upsert), so bytes never pass through the app; the
 * server reads, moves and serves objects with the service key.
 */
export function createSupabaseFileStore(options: SupabaseFileStoreOptions): UserFileStore {
  const origin = options.url.replace(/\/+$/, '');
  const base = `${origin}/storage/v1/object`;
  const bucket = encodeURIComponent(options.bucket);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const auth = { apikey: options.serviceRoleKey, authorization: `Bearer ${options.serviceRoleKey}` };

  const objectPath = (key: string) => {
    assertValidBlobKey(key);
    return key.split('/').map(encodeURIComponent).join('/');
  };

  async function call(action: StorageAction, url: string, init: RequestInit & { timeout?: boolean } = {}): Promise<Response> {
    try {
      // Streams of large files run as long as they need; every other call is bounded.
      const signal = init.timeout === false ? undefined : AbortSignal.timeout(timeoutMs);
      return await doFetch(url, { ...init, ...(signal ? { signal } : {}) });
    } catch (error) {
      throw new AppError('UNAVAILABLE', action, { details: { cause: error instanceof Error ? error.name : 'unknown' } });
    }
  }

  async function getObject(key: string, headers: Record<string, string> = {}, timeout = true): Promise<Response | null> {
    const response = await call('errors.storage.readUnavailable', `${base}/authenticated/${bucket}/${objectPath(key)}`, {
      headers: { ...auth, ...headers },
      timeout,
    });
    if (response.ok) return response;
    const body = await errorBodyOf(response);
    if (isNotFound(response.status, body) || response.status === 416) return null;
    throw failure('errors.storage.readUnavailable', response.status, body);
  }

  return {
    kind: 'supabase',

    async createUploadTicket({ key }) {
      const response = await call('errors.storage.saveUnavailable', `${base}/upload/sign/${bucket}/${objectPath(key)}`, {
        method: 'POST',
        headers: { ...auth, 'x-upsert': 'false' },
      });
      if (!response.ok) throw failure('errors.storage.saveUnavailable', response.status, await errorBodyOf(response));
      const { url } = (await response.json()) as { url?: string };
      const token = url ? new URL(url, origin).searchParams.get('token') : null;
      if (!token) throw new AppError('UNAVAILABLE', 'errors.storage.saveUnavailable', { details: { reason: 'no upload token' } });
      return {
        endpoint: `${origin}/storage/v1/upload/resumable/sign`,
        headers: { 'x-signature': token, ...(options.anonKey ? { apikey: options.anonKey } : {}) },
        metadata: { bucketName: options.bucket, objectName: key, contentType: 'application/octet-stream' },
        chunkSize: SUPABASE_CHUNK_SIZE,
      };
    },

    async move(from, to) {
      assertValidBlobKey(from);
      assertValidBlobKey(to);
      const response = await call('errors.storage.saveUnavailable', `${base}/move`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ bucketId: options.bucket, sourceKey: from, destinationKey: to }),
      });
      if (response.ok) {
        await response.arrayBuffer();
        return true;
      }
      const body = await errorBodyOf(response);
      if (isNotFound(response.status, body)) return false;
      throw failure('errors.storage.saveUnavailable', response.status, body);
    },

    async size(key) {
      const response = await call('errors.storage.checkUnavailable', `${base}/authenticated/${bucket}/${objectPath(key)}`, {
        method: 'HEAD',
        headers: auth,
      });
      if (response.status === 400 || response.status === 404) return null;
      if (!response.ok) throw failure('errors.storage.checkUnavailable', response.status, {});
      return Number(response.headers.get('content-length') ?? '0');
    },

    async readStart(key, length) {
      const response = await getObject(key, { range: `bytes=0-${Math.max(length - 1, 0)}` });
      if (!response) return null;
      // A server that ignores Range sends everything: keep only what was asked for.
      return new Uint8Array(await response.arrayBuffer()).slice(0, length);
    },

    async read(key) {
      const response = await getObject(key);
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },

    async stream(key) {
      const response = await getObject(key, {}, false);
      if (!response?.body) return null;
      return { body: response.body, size: Number(response.headers.get('content-length') ?? '0') };
    },

    async put(key, body, contentType) {
      assertValidContentType(contentType);
      const response = await call('errors.storage.saveUnavailable', `${base}/${bucket}/${objectPath(key)}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': contentType, 'x-upsert': 'true' },
        body: new Uint8Array(body),
      });
      if (!response.ok) throw failure('errors.storage.saveUnavailable', response.status, await errorBodyOf(response));
      await response.arrayBuffer();
    },

    async delete(keys) {
      if (keys.length === 0) return;
      for (const key of keys) assertValidBlobKey(key);
      const response = await call('errors.storage.deleteUnavailable', `${base}/${bucket}`, {
        method: 'DELETE',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ prefixes: keys }),
      });
      const body = response.ok ? {} : await errorBodyOf(response);
      if (!response.ok && !isNotFound(response.status, body)) throw failure('errors.storage.deleteUnavailable', response.status, body);
      if (response.ok) await response.arrayBuffer();
    },
  };
}
