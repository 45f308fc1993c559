import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSupabaseFileStore } from './create-supabase-file-store';
import { describeFileStoreContract } from './testing/describe-file-store-contract';
import { startFakeSupabaseStorage, type FakeSupabaseStorage } from './testing/fake-supabase-storage';

let fake: FakeSupabaseStorage;
const storeFor = () =>
  createSupabaseFileStore({ url: `${fake.url}/`, serviceRoleKey: fake.serviceRoleKey, anonKey: 'anon-key', bucket: 'user-files' });

beforeAll(async () => {
  fake = await startFakeSupabaseStorage({ buckets: ['user-files'] });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.objects.clear();
  fake.requests.length = 0;
});

describe('createSupabaseFileStore', () => {
  describeFileStoreContract(() => {
    fake.objects.clear();
    return storeFor();
  });

  it('hands the browser a signed upload token for one object on the resumable endpoint, never the service key', async () => {
    const ticket = await storeFor().createUploadTicket({ key: 'uploads/abc', size: 10, expiresAt: new Date() });
    expect(ticket.endpoint).toBe(`${fake.url}/storage/v1/upload/resumable/sign`);
    expect(fake.uploadTokens.get(ticket.headers['x-signature']!)).toBe('user-files/uploads/abc');
    expect(ticket.metadata).toEqual({ bucketName: 'user-files', objectName: 'uploads/abc', contentType: 'application/octet-stream' });
    expect(ticket.headers.apikey).toBe('anon-key');
    expect(JSON.stringify(ticket)).not.toContain(fake.serviceRoleKey);
    const [sign] = fake.requests;
    expect(`${sign!.method} ${sign!.path}`).toBe('POST /storage/v1/object/upload/sign/user-files/uploads/abc');
    expect(sign!.headers['x-upsert']).toBe('false');
  });

  it('reads the first bytes with a Range request (type detection never downloads a whole video)', async () => {
    const store = storeFor();
    await store.put('files/v', new Uint8Array(10_000), 'video/mp4');
    fake.requests.length = 0;
    expect((await store.readStart('files/v', 4100))?.length).toBe(4100);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /storage/v1/object/authenticated/user-files/files/v']);
  });
});
