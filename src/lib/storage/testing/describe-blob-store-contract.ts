import { expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import type { BlobStore } from '../types';

const bytes = (text: string) => new TextEncoder().encode(text);

async function expectValidationError(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isAppError(error) && error.code === 'VALIDATION').toBe(true);
}

/**
 * Behaviour every BlobStore adapter must share. Each adapter's test file calls this with a
 * factory giving a fresh, empty store, so the filesystem and Supabase adapters cannot drift.
 */
export function describeBlobStoreContract(makeStore: () => BlobStore | Promise<BlobStore>): void {
  it('stores bytes with their content type and reads them back', async () => {
    const store = await makeStore();
    const body = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    await store.put('blobs/abc123', body, 'application/octet-stream');
    expect(await store.has('blobs/abc123')).toBe(true);
    const got = await store.get('blobs/abc123');
    expect(got?.contentType).toBe('application/octet-stream');
    expect([...(got?.body ?? [])]).toEqual([...body]);
  });

  it('keeps text content types with parameters', async () => {
    const store = await makeStore();
    await store.put('site/index.html', bytes('<!doctype html>'), 'text/html; charset=utf-8');
    expect((await store.get('site/index.html'))?.contentType).toBe('text/html; charset=utf-8');
  });

  it('replaces an existing object', async () => {
    const store = await makeStore();
    await store.put('a/b.txt', bytes('one'), 'text/plain');
    await store.put('a/b.txt', bytes('two'), 'text/plain; charset=utf-8');
    const got = await store.get('a/b.txt');
    expect(new TextDecoder().decode(got?.body)).toBe('two');
    expect(got?.contentType).toBe('text/plain; charset=utf-8');
  });

  it('stores an empty object', async () => {
    const store = await makeStore();
    await store.put('empty', new Uint8Array(), 'text/plain');
    expect(await store.has('empty')).toBe(true);
    expect((await store.get('empty'))?.body.byteLength).toBe(0);
  });

  it('answers null / false for missing objects', async () => {
    const store = await makeStore();
    expect(await store.get('blobs/missing')).toBeNull();
    expect(await store.has('blobs/missing')).toBe(false);
  });

  it('deletes, and deleting a missing object is fine', async () => {
    const store = await makeStore();
    await store.put('blobs/gone', bytes('x'), 'text/plain');
    await store.delete('blobs/gone');
    expect(await store.has('blobs/gone')).toBe(false);
    expect(await store.get('blobs/gone')).toBeNull();
    await store.delete('blobs/gone');
    await store.delete('never/existed');
  });

  it('refuses unsafe keys and content types before touching storage', async () => {
    const store = await makeStore();
    for (const key of ['', '../etc/passwd', 'a/../b', 'a//b', '/abs', 'a/', 'A', 'a/.hidden', '.x', 'a b', 'a%2f..', 'a\\b', 'é']) {
      await expectValidationError(store.put(key, bytes('x'), 'text/plain'));
      await expectValidationError(store.get(key));
      await expectValidationError(store.has(key));
      await expectValidationError(store.delete(key));
    }
    for (const contentType of ['text/html\r\nx-evil: 1', 'nonsense', '', 'text/html; charset=utf-8\n']) {
      await expectValidationError(store.put('ok', bytes('x'), contentType));
    }
  });
}
