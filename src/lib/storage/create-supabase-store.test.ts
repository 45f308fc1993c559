import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createSupabaseStore } from './create-supabase-store';
import { describeBlobStoreContract } from './testing/describe-blob-store-contract';
import { startFakeSupabaseStorage, type FakeSupabaseStorage } from './testing/fake-supabase-storage';

let fake: FakeSupabaseStorage;
const storeFor = (overrides: { serviceRoleKey?: string; bucket?: string } = {}) =>
  createSupabaseStore({
    url: `${fake.url}/`,
    serviceRoleKey: overrides.serviceRoleKey ?? fake.serviceRoleKey,
    bucket: overrides.bucket ?? 'site-files',
  });

beforeAll(async () => {
  fake = await startFakeSupabaseStorage({ buckets: ['site-files'] });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.objects.clear();
  fake.requests.length = 0;
  fake.useLegacyNotFound(false);
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return isAppError(error) ? error.code : error === undefined ? undefined : 'not-an-app-error';
}

describe('createSupabaseStore', () => {
  describeBlobStoreContract(() => {
    fake.objects.clear();
    return storeFor();
  });

  it('speaks the Storage wire format: upsert POST, authenticated GET/HEAD, DELETE with prefixes', async () => {
    const store = storeFor();
    await store.put('blobs/abc', new TextEncoder().encode('hi'), 'text/plain; charset=utf-8');
    await store.has('blobs/abc');
    await store.get('blobs/abc');
    await store.delete('blobs/abc');

    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /storage/v1/object/site-files/blobs/abc',
      'HEAD /storage/v1/object/authenticated/site-files/blobs/abc',
      'GET /storage/v1/object/authenticated/site-files/blobs/abc',
      'DELETE /storage/v1/object/site-files',
    ]);
    const [upload, , , removal] = fake.requests;
    expect(upload.headers['x-upsert']).toBe('true');
    expect(upload.headers['content-type']).toBe('text/plain; charset=utf-8');
    for (const request of fake.requests) {
      expect(request.headers.apikey).toBe(fake.serviceRoleKey);
      expect(request.headers.authorization).toBe(`Bearer ${fake.serviceRoleKey}`);
    }
    expect(JSON.parse(removal.body.toString('utf8'))).toEqual({ prefixes: ['blobs/abc'] });
  });

  it('understands the legacy "400 with statusCode 404" answer as not found', async () => {
    fake.useLegacyNotFound(true);
    const store = storeFor();
    expect(await store.get('blobs/nope')).toBeNull();
    expect(await store.has('blobs/nope')).toBe(false);
  });

  it('turns storage failures into AppErrors without leaking the storage message', async () => {
    const store = storeFor();
    fake.failNext(503);
    const error: unknown = await store.put('blobs/x', new Uint8Array([1]), 'text/plain').catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
    expect(error instanceof Error && error.message).not.toContain('Injected');
    fake.failNext(500);
    expect(await codeOf(store.get('blobs/x'))).toBe('UNAVAILABLE');
    fake.failNext(500);
    expect(await codeOf(store.has('blobs/x'))).toBe('UNAVAILABLE');
    fake.failNext(500);
    expect(await codeOf(store.delete('blobs/x'))).toBe('UNAVAILABLE');
  });

  it('fails clearly with a wrong key or a missing bucket', async () => {
    expect(await codeOf(storeFor({ serviceRoleKey: 'wrong' }).put('blobs/x', new Uint8Array([1]), 'text/plain'))).toBe('UNAVAILABLE');
    expect(await codeOf(storeFor({ bucket: 'missing' }).put('blobs/x', new Uint8Array([1]), 'text/plain'))).toBe('UNAVAILABLE');
  });

  it('reports an unreachable server as unavailable', async () => {
    const store = createSupabaseStore({ url: 'http://127.0.0.1:1', serviceRoleKey: 'k', bucket: 'site-files', timeoutMs: 2000 });
    expect(await codeOf(store.has('blobs/x'))).toBe('UNAVAILABLE');
  });
});
