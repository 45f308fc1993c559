import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { authUsers } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { unsafeMarkClaimsVerified } from '@/lib/claims';
import { auditLog, userProfiles } from '@/modules/accounts/schema';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { leads } from '@/modules/host/schema';
import { deleteAccount } from '@/modules/privacy/delete-account';
import { createProject } from '@/modules/projects/create-project';
import { projects } from '@/modules/projects/schema';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import type { UserFileStore } from '@/lib/storage/file-store';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { runJobs } from '@tests/helpers/jobs';

// Deleting an account is final and the person's own choice: their email typed back (and their
// password when they have one), never by an admin acting as them; everything of theirs goes,
// nothing of anyone else's.

let handle: DbHandle;
let dir: string;
let store: UserFileStore;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  resetEnvCache();
  handle = await createTestDb();
  setRateLimiterForTests(createMemoryLimiter());
  dir = await mkdtemp(path.join(os.tmpdir(), 'pm-delete-'));
  store = createFilesystemFileStore(dir, 'test-secret-for-upload-tokens-0123456789');
  setBlobStoreForTests(createFilesystemStore(path.join(dir, 'blobs')));
  setFileStoreForTests(store);
});
afterAll(async () => {
  setFileStoreForTests(undefined);
  setBlobStoreForTests(undefined);
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

/** A stored file of `ownerId`'s, row and bytes. */
async function storedFile(ownerId: string): Promise<string> {
  const id = randomUUID();
  await handle.executor.query(
    `insert into public.storage_items (id, owner_id, name, content_type, size_bytes, blob_key) values ($1::uuid, $2, 'photo.jpg', 'image/jpeg', 3, $3)`,
    [id, ownerId, `files/${id}`],
  );
  await store.put(`files/${id}`, new Uint8Array([1, 2, 3]), 'image/jpeg');
  return `files/${id}`;
}

async function clientWithSite(password?: string) {
  const user = await createTestUser(handle, { tier: 'pro' });
  if (password)
    await handle.db
      .update(authUsers)
      .set({ encryptedPassword: await hashPassword(password) })
      .where(eq(authUsers.id, user.id));
  const project = await createProject(user.claims, { name: `Site ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await handle.db.insert(leads).values({ projectId: project.id, email: 'visitor@example.com', message: 'hi' });
  return { ...user, project };
}

describe('deleting an account', () => {
  it('refuses without the exact email or the right password, and changes nothing', async () => {
    const ana = await clientWithSite('correct horse battery');
    await expect(deleteAccount(ana.claims, { confirmEmail: 'someone@else.com', password: 'correct horse battery' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'confirmEmail' },
    });
    await expect(deleteAccount(ana.claims, { confirmEmail: ana.email, password: 'wrong' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'password' },
    });
    await expect(deleteAccount(ana.claims, { confirmEmail: ana.email })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await handle.db.select().from(projects).where(eq(projects.ownerId, ana.id))).toHaveLength(1);
  });

  it('an admin acting as the client cannot delete the account', async () => {
    const ana = await clientWithSite();
    const admin = await createTestUser(handle, { userType: 'admin' });
    const impersonated = unsafeMarkClaimsVerified({ ...ana.claims, act: { sub: admin.id } });
    await expect(deleteAccount(impersonated, { confirmEmail: ana.email })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await handle.db.select().from(userProfiles).where(eq(userProfiles.id, ana.id))).toHaveLength(1);
  });

  it('deletes the person and everything of theirs, keeps an audit line without their email, and leaves others alone', async () => {
    const ana = await clientWithSite('correct horse battery');
    const rui = await clientWithSite();
    const anasFile = await storedFile(ana.id);
    const ruisFile = await storedFile(rui.id);
    expect(await deleteAccount(ana.claims, { confirmEmail: ` ${ana.email.toUpperCase()} `, password: 'correct horse battery' })).toEqual({
      projects: 1,
    });

    expect(await handle.db.select().from(authUsers).where(eq(authUsers.id, ana.id))).toHaveLength(0);
    expect(await handle.db.select().from(userProfiles).where(eq(userProfiles.id, ana.id))).toHaveLength(0);
    expect(await handle.db.select().from(projects).where(eq(projects.id, ana.project.id))).toHaveLength(0);
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, ana.project.id))).toHaveLength(0);
    const [line] = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'account.delete'));
    expect(line).toMatchObject({ subjectId: ana.id, details: { projects: 1 } });
    expect(JSON.stringify(line)).not.toContain(ana.email);

    expect(await handle.db.select().from(projects).where(eq(projects.id, rui.project.id))).toHaveLength(1);
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, rui.project.id))).toHaveLength(1);
    // Stored files: the rows went with the profile, the bytes with the account.
    expect(await store.size(anasFile)).toBeNull();
    expect(await store.size(ruisFile)).toBe(3);
  });

  it('takes the published site down: its address stops answering at once', async () => {
    const ana = await clientWithSite('correct horse battery');
    await requestPublish(ana.claims, { projectId: ana.project.id });
    await runJobs();
    const home = () => {
      forgetSiteHost(ana.project.slug);
      return serveSiteFile({
        host: `${ana.project.slug}.sites.test`,
        path: '/',
        method: 'GET',
        acceptEncoding: null,
        ifNoneMatch: null,
        isHttps: false,
      });
    };
    expect((await home()).status).toBe(200);
    await deleteAccount(ana.claims, { confirmEmail: ana.email, password: 'correct horse battery' });
    expect((await home()).status).toBe(404);
  });
});
