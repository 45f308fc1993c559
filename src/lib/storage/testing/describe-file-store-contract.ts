import { expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import type { UserFileStore } from '../file-store';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * Behaviour every UserFileStore adapter shares (filesystem and Supabase), run by each adapter's
 * test with a factory giving a fresh, empty store.
 */
export function describeFileStoreContract(makeStore: () => UserFileStore | Promise<UserFileStore>): void {
  it('puts, measures, reads, streams and deletes objects', async () => {
    const store = await makeStore();
    const body = bytes('0123456789abcdef');
    await store.put('thumbs/a.webp', body, 'image/webp');
    expect(await store.size('thumbs/a.webp')).toBe(16);
    expect(await store.readStart('thumbs/a.webp', 4)).toEqual(bytes('0123'));
    expect(await store.readStart('thumbs/a.webp', 100)).toEqual(body);
    expect(await store.read('thumbs/a.webp')).toEqual(body);
    const streamed = await store.stream('thumbs/a.webp');
    expect(streamed?.size).toBe(16);
    expect(new Uint8Array(await new Response(streamed!.body).arrayBuffer())).toEqual(body);
    await store.delete(['thumbs/a.webp', 'thumbs/missing.webp']);
    expect(await store.size('thumbs/a.webp')).toBeNull();
  });

  it('answers null, not an error, for missing objects', async () => {
    const store = await makeStore();
    expect(await store.size('files/nope')).toBeNull();
    expect(await store.readStart('files/nope', 10)).toBeNull();
    expect(await store.read('files/nope')).toBeNull();
    expect(await store.stream('files/nope')).toBeNull();
    expect(await store.move('uploads/nope', 'files/nope')).toBe(false);
  });

  it('moves an upload to its kept key', async () => {
    const store = await makeStore();
    await store.put('uploads/x', bytes('photo'), 'application/octet-stream');
    expect(await store.move('uploads/x', 'files/x')).toBe(true);
    expect(await store.size('uploads/x')).toBeNull();
    expect(await store.read('files/x')).toEqual(bytes('photo'));
  });

  it('refuses keys that could escape: traversal, hidden segments, absolute paths', async () => {
    const store = await makeStore();
    for (const key of ['../etc/passwd', 'files/../../x', '/files/x', 'files/.hidden', 'files//x', 'FILES/X']) {
      const error = await store.size(key).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isAppError(error) && error.code, key).toBe('VALIDATION');
    }
  });

  it('issues an upload ticket for one object: a TUS endpoint, a signed header and chunked PATCHes', async () => {
    const store = await makeStore();
    const ticket = await store.createUploadTicket({ key: 'uploads/t', size: 10, expiresAt: new Date(Date.now() + 60_000) });
    expect(ticket.endpoint).toMatch(/\/(api\/files\/tus|storage\/v1\/upload\/resumable\/sign)$/);
    expect(ticket.headers['x-signature']).toBeTruthy();
    expect(ticket.chunkSize).toBeGreaterThan(1024 * 1024);
    expect(ticket.chunkSize).toBeLessThanOrEqual(6 * 1024 * 1024);
  });
}
