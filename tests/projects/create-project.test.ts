import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { createProject } from '@/modules/projects/create-project';
import { renameProject } from '@/modules/projects/rename-project';
import { listProjects } from '@/modules/projects/list-projects';
import { withRls } from '@/lib/db/with-rls';
import { sql } from 'drizzle-orm';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (err: unknown) => (isAppError(err) ? err.code : `not an AppError: ${String(err)}`),
  );

describe('project addresses (slugs)', () => {
  it('derives the address from the name, and adds a suffix when the derived one is taken', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const first = await createProject(user.claims, { name: 'Padaria Vegana Lisboa!' });
    expect(first.slug).toBe('padaria-vegana-lisboa');
    const second = await createProject(user.claims, { name: 'Padaria Vegana Lisboa' });
    expect(second.slug).toMatch(/^padaria-vegana-lisboa-[0-9a-f]{6}$/);
  });

  it('never derives a reserved address from a name like "Admin" or "Blog"', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    for (const name of ['Admin', 'Blog', 'WWW']) {
      const project = await createProject(user.claims, { name });
      expect(project.slug).toMatch(new RegExp(`^${name.toLowerCase()}-[0-9a-f]{6}$`));
    }
  });

  it('rejects a reserved or malformed address chosen explicitly, creating nothing', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    // The schema's messages are catalog keys (rendered where a person reads them).
    await expect(createProject(user.claims, { name: 'Mine', slug: 'admin' })).rejects.toThrow(/errors\.projects\.slugReserved/);
    await expect(createProject(user.claims, { name: 'Mine', slug: 'Bad Slug!' })).rejects.toThrow(/errors\.projects\.slugFormat/);
    expect(await listProjects(user.claims)).toEqual([]);
  });

  it('an explicitly chosen address that another tenant holds is a CONFLICT, and theirs is unchanged', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const taken = await createProject(owner.claims, { name: 'Green Crumb', slug: 'green-crumb-owned' });
    expect(await codeOf(createProject(other.claims, { name: 'Copycat', slug: 'green-crumb-owned' }))).toBe('CONFLICT');
    const mine = await createProject(other.claims, { name: 'Copycat' });
    expect(await codeOf(renameProject(other.claims, { projectId: mine.id, name: 'Copycat', slug: 'green-crumb-owned' }))).toBe('CONFLICT');
    const [ownerProject] = await listProjects(owner.claims);
    expect(ownerProject).toMatchObject({ id: taken.id, slug: 'green-crumb-owned', name: 'Green Crumb' });
    const [otherProject] = await listProjects(other.claims);
    expect(otherProject).toMatchObject({ id: mine.id, slug: mine.slug });
  });

  it('the address is editable by its owner, not by another tenant', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(owner.claims, { name: 'Lisbon Bakes' });
    expect((await renameProject(owner.claims, { projectId: project.id, name: 'Lisbon Bakes', slug: 'lisbon-bakes-2' })).slug).toBe(
      'lisbon-bakes-2',
    );
    expect(await codeOf(renameProject(other.claims, { projectId: project.id, name: 'Hijacked', slug: 'hijacked' }))).toBe('NOT_FOUND');
    const [after] = await listProjects(owner.claims);
    expect(after).toMatchObject({ name: 'Lisbon Bakes', slug: 'lisbon-bakes-2' });
  });
});

describe('an old address after a move', () => {
  it('is held for its owner: another tenant cannot take it, the owner can take it back', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(owner.claims, { name: 'Held', slug: 'held-bakery' });
    await renameProject(owner.claims, { projectId: project.id, name: 'Held', slug: 'held-bakery-lisboa' });

    expect(await codeOf(createProject(other.claims, { name: 'Squatter', slug: 'held-bakery' }))).toBe('CONFLICT');
    const squatter = await createProject(other.claims, { name: 'Squatter' });
    expect(await codeOf(renameProject(other.claims, { projectId: squatter.id, name: 'Squatter', slug: 'held-bakery' }))).toBe('CONFLICT');
    // A name that derives the held address gets a suffixed one instead.
    expect((await createProject(other.claims, { name: 'Held Bakery' })).slug).toMatch(/^held-bakery-[0-9a-f]{6}$/);
    expect((await listProjects(other.claims)).map((p) => p.slug)).not.toContain('held-bakery');

    // The owner moves back; the address they left is now held in turn.
    expect((await renameProject(owner.claims, { projectId: project.id, name: 'Held', slug: 'held-bakery' })).slug).toBe('held-bakery');
    expect(await codeOf(createProject(other.claims, { name: 'Squatter 2', slug: 'held-bakery-lisboa' }))).toBe('CONFLICT');
  });

  it('holds at most the three most recent old addresses of a project', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const tag = owner.id.slice(0, 6);
    const project = await createProject(owner.claims, { name: 'Hoarder', slug: `hoard-${tag}-0` });
    for (let i = 1; i <= 5; i++) await renameProject(owner.claims, { projectId: project.id, name: 'Hoarder', slug: `hoard-${tag}-${i}` });
    // Held: 4, 3, 2. Free again: 1 and 0.
    for (const i of [4, 3, 2])
      expect(await codeOf(createProject(other.claims, { name: 'Squat', slug: `hoard-${tag}-${i}` }))).toBe('CONFLICT');
    const freed = await createProject(other.claims, { name: 'Fair', slug: `hoard-${tag}-0` });
    expect(freed.slug).toBe(`hoard-${tag}-0`);
  });

  it('is free again after 30 days', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(owner.claims, { name: 'Old', slug: 'old-address' });
    await renameProject(owner.claims, { projectId: project.id, name: 'Old', slug: 'new-address' });
    await handle.executor.exec(`update private.retired_slugs set retired_at = now() - interval '31 days' where slug = 'old-address'`);
    expect((await createProject(other.claims, { name: 'Later', slug: 'old-address' })).slug).toBe('old-address');
  });

  it('is not readable by API roles', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const result = await withRls(user.claims, (tx) => tx.execute(sql`select count(*) from private.retired_slugs`)).then(
      () => 'readable',
      (err: unknown) => (isAppError(err) ? err.code : String(err)),
    );
    expect(result).not.toBe('readable');
  });
});
