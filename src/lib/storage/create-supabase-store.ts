import { AppError } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/error-key';
import { assertValidBlobKey } from './assert-valid-blob-key';
import { assertValidContentType } from './assert-valid-content-type';
import type { BlobStore } from './types';

export type SupabaseStoreOptions = {
  /** Project URL, e.g. https://abc.supabase.co (the Storage API lives under /storage/v1). */
  url: string;
  /** Server-only key: the bucket is private and only the server reads or writes it. */
  serviceRoleKey: string;
  bucket: string;
  /** Per-request limit; a hung request must not hold a publish job forever. */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/** What the Storage API puts in an error body (older versions answer 400 with statusCode "404"). */
export type StorageErrorBody = { statusCode?: string | number; error?: string; message?: string };

export async function errorBodyOf(response: Response): Promise<StorageErrorBody> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return parsed !== null && typeof parsed === 'object' ? (parsed as StorageErrorBody) : {};
  } catch {
    return {};
  }
}

export function isNotFound(status: number, body: StorageErrorBody): boolean {
  if (status === 404) return true;
  return status === 400 && (String(body.statusCode) === '404' || body.error === 'not_found' || body.error === 'NoSuchKey');
}

/** What a failed call was doing, as the message people read when storage is down. */
export type StorageAction = Extract<ErrorKey, `errors.storage.${string}Unavailable`>;

export function failure(action: StorageAction, status: number, body: StorageErrorBody): AppError {
  // Storage messages can name buckets and policies; people get ours, the details go to logs.
  const details = { status, storageError: body.error, storageStatus: body.statusCode };
  if (status === 413) return new AppError('VALIDATION', 'errors.storage.fileTooLarge', { details });
  return new AppError('UNAVAILABLE', action, { details });
}

/**
 * The production adapter: Supabase Storage over its REST API with plain fetch (no SDK, so the
 * wire format is exactly what the protocol-level fake checks). Upload is POST with
 * `x-upsert: true`; read and existence use the non-deprecated `/object/authenticated/` routes;
 * delete is `DELETE /object/<bucket>` with `{ prefixes: [key] }`, which removes exact names.
 */
export function createSupabaseStore(options: SupabaseStoreOptions): BlobStore {
  const base = `${options.url.replace(/\/+$/, '')}/storage/v1/object`;
  const bucket = encodeURIComponent(options.bucket);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const auth = { apikey: options.serviceRoleKey, authorization: `Bearer ${options.serviceRoleKey}` };

  const objectPath = (key: string) => {
    assertValidBlobKey(key);
    return key.split('/').map(encodeURIComponent).join('/');
  };

  async function call(action: StorageAction, url: string, init: RequestInit): Promise<Response> {
    try {
      return await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new AppError('UNAVAILABLE', action, {
        details: { cause: error instanceof Error ? error.name : 'unknown' },
      });
    }
  }

  return {
    kind: 'supabase',

    async put(key, body, contentType) {
      const url = `${base}/${bucket}/${objectPath(key)}`;
      assertValidContentType(contentType);
      const response = await call('errors.storage.saveUnavailable', url, {
        method: 'POST',
        headers: { ...auth, 'content-type': contentType, 'x-upsert': 'true' },
        // A copy: fetch accepts only ArrayBuffer-backed views, and callers may pass any Uint8Array.
        body: new Uint8Array(body),
      });
      if (!response.ok) throw failure('errors.storage.saveUnavailable', response.status, await errorBodyOf(response));
      await response.arrayBuffer();
    },

    async get(key) {
      const url = `${base}/authenticated/${bucket}/${objectPath(key)}`;
      const response = await call('errors.storage.readUnavailable', url, { method: 'GET', headers: auth });
      if (!response.ok) {
        const body = await errorBodyOf(response);
        if (isNotFound(response.status, body)) return null;
        throw failure('errors.storage.readUnavailable', response.status, body);
      }
      const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
      return { body: new Uint8Array(await response.arrayBuffer()), contentType };
    },

    async has(key) {
      const url = `${base}/authenticated/${bucket}/${objectPath(key)}`;
      const response = await call('errors.storage.checkUnavailable', url, { method: 'HEAD', headers: auth });
      // HEAD responses have no body, so a legacy 400 cannot be told apart from "not found";
      // supabase-js makes the same call. A real fault surfaces on the following put.
      if (response.ok) return true;
      if (response.status === 400 || response.status === 404) return false;
      throw failure('errors.storage.checkUnavailable', response.status, {});
    },

    async delete(key) {
      assertValidBlobKey(key);
      const url = `${base}/${bucket}`;
      const response = await call('errors.storage.deleteUnavailable', url, {
        method: 'DELETE',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ prefixes: [key] }),
      });
      const body = response.ok ? {} : await errorBodyOf(response);
      if (!response.ok && !isNotFound(response.status, body)) throw failure('errors.storage.deleteUnavailable', response.status, body);
      if (response.ok) await response.arrayBuffer();
    },
  };
}
