import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { getClientDetail } from '@/modules/accounts/get-client-detail';
import { displayNameSchema, setDisplayName } from '@/modules/accounts/set-display-name';
import { claimsFor, createTestDb, createTestUser } from '@tests/helpers/test-db';
import { expectAppError, rowsOf, snapshot } from '@tests/helpers/rls-matrix';

// A person's display name: set from the account page, shown in the header and to the agency.
// RLS lets a person change only their own row; these tests run on the real engine.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const profileOf = (id: string) => snapshot(handle, 'select id, email, display_name, tier from public.user_profiles where id = $1', [id]);

describe('the display name as typed', () => {
  it('is trimmed, at most 80 characters, with no control or direction-override characters; empty means none', () => {
    expect(displayNameSchema.parse('  Ana Souza  ')).toBe('Ana Souza');
    expect(displayNameSchema.parse('   ')).toBeNull();
    expect(displayNameSchema.parse('José da Silva 🍞')).toBe('José da Silva 🍞');
    expect(displayNameSchema.parse('a'.repeat(80))).toHaveLength(80);
    expect(displayNameSchema.safeParse('a'.repeat(81)).error?.issues[0]?.message).toBe('errors.accounts.displayNameTooLong');
    for (const bad of ['Ana\nSouza', 'Ana\tSouza', 'Ana\u0000', 'Ana\u202Eazuos', 'x\u0007'])
      expect(displayNameSchema.safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe(
        'errors.accounts.displayNameUnprintable',
      );
  });
});

describe('setDisplayName', () => {
  it('sets and clears the person’s own name', async () => {
    const ana = await createTestUser(handle);
    expect(await setDisplayName(ana.claims, { displayName: '  Ana Souza ' })).toEqual({ displayName: 'Ana Souza' });
    expect(await profileOf(ana.id)).toEqual([expect.objectContaining({ display_name: 'Ana Souza' })]);
    expect(await setDisplayName(ana.claims, { displayName: '' })).toEqual({ displayName: null });
    expect(await profileOf(ana.id)).toEqual([expect.objectContaining({ display_name: null })]);
  });

  it('never renames someone else: not another client, not the client an admin is acting as', async () => {
    const ana = await createTestUser(handle);
    const bruno = await createTestUser(handle);
    await setDisplayName(bruno.claims, { displayName: 'Bruno' });
    const before = await profileOf(bruno.id);
    await setDisplayName(ana.claims, { displayName: 'Ana' });
    expect(await profileOf(bruno.id)).toEqual(before);

    const admin = await createTestUser(handle, { userType: 'admin' });
    const actingAsBruno = claimsFor(bruno.id, bruno.email, { sub: admin.id, email: admin.email });
    await expectAppError(setDisplayName(actingAsBruno, { displayName: 'Renamed by admin' }), 'FORBIDDEN');
    expect(await profileOf(bruno.id)).toEqual(before);
  });

  it('RLS: an UPDATE with no WHERE clause changes only the caller’s own row', async () => {
    const ana = await createTestUser(handle);
    const bruno = await createTestUser(handle);
    await setDisplayName(bruno.claims, { displayName: 'Bruno' });
    const before = await profileOf(bruno.id);
    const changed = await withRls(ana.claims, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`update public.user_profiles set display_name = 'Everyone' returning id::text`)),
    );
    expect(changed).toEqual([{ id: ana.id }]);
    expect(await profileOf(bruno.id)).toEqual(before);
  });
});

describe('the admin’s recent activity of a client', () => {
  it('names the people (display name and email), not only their ids', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    await setDisplayName(admin.claims, { displayName: 'Agency Admin' });
    await setDisplayName(client.claims, { displayName: 'Carla Client' });
    await withRls(admin.claims, (tx) => tx.execute(sql`update public.user_profiles set tier = 'basic' where id = ${client.id}`));

    const { activity } = await getClientDetail(admin.claims, { clientId: client.id });
    expect(activity.length).toBeGreaterThan(0);
    expect(activity).toContainEqual(
      expect.objectContaining({ actorId: admin.id, actorName: 'Agency Admin', actorEmail: admin.email, subjectName: 'Carla Client' }),
    );
  });
});
