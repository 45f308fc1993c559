import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';
import { emailOutbox } from '@/lib/email/schema';
import { createProject } from '@/modules/projects/create-project';
import { inviteMember } from '@/modules/projects/invite-member';
import { acceptInvitation } from '@/modules/projects/accept-invitation';
import { getProjectTeam } from '@/modules/projects/get-project-team';
import { getInvitationPreview } from '@/modules/projects/get-invitation-preview';
import { changeMemberRole, removeMember, revokeInvitation } from '@/modules/projects/manage-team';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Nobody joins a project without saying yes: the owner invites an address, the person accepts
// with that address (signed in, confirmed), and only then is their email shown to the team.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get('token')!;

async function setup() {
  const owner = await createTestUser(handle, { tier: 'pro' });
  const invitee = await createTestUser(handle);
  const project = await createProject(owner.claims, { name: `Team ${owner.id.slice(0, 6)}` });
  return { owner, invitee, projectId: project.id };
}

describe('project invitations', () => {
  it('invite → email with a link → the invitee accepts → member with that role; the link is spent', async () => {
    const { owner, invitee, projectId } = await setup();
    const invitation = await inviteMember(owner.claims, { projectId, email: invitee.email.toUpperCase(), role: 'viewer' });
    expect(invitation).toMatchObject({ email: invitee.email, role: 'viewer' });
    const [mail] = await handle.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, invitee.email))
      .orderBy(desc(emailOutbox.createdAt));
    expect(mail!.textBody).toContain(invitation.acceptUrl);

    // Before accepting: not a member, and the team shows no email of theirs.
    let team = await getProjectTeam(owner.claims, { projectId });
    expect(team.members.map((m) => m.email)).toEqual([owner.email]);
    expect(team.invitations.map((i) => i.email)).toEqual([invitee.email]);

    expect(await getInvitationPreview(invitee.claims, { token: tokenOf(invitation.acceptUrl) })).toMatchObject({
      projectName: expect.stringContaining('Team'),
      role: 'viewer',
      inviterEmail: owner.email,
      isForYou: true,
    });
    expect(await acceptInvitation(invitee.claims, { token: tokenOf(invitation.acceptUrl) })).toEqual({ projectId });
    expect(await getInvitationPreview(invitee.claims, { token: tokenOf(invitation.acceptUrl) })).toBeNull(); // spent
    team = await getProjectTeam(owner.claims, { projectId });
    expect(team.members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, 'owner'],
      [invitee.email, 'viewer'],
    ]);
    expect(team.invitations).toEqual([]);
    await expect(acceptInvitation(invitee.claims, { token: tokenOf(invitation.acceptUrl) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('only the invited address, confirmed, can accept', async () => {
    const { owner, invitee, projectId } = await setup();
    const stranger = await createTestUser(handle);
    const { acceptUrl } = await inviteMember(owner.claims, { projectId, email: invitee.email });
    await expect(acceptInvitation(stranger.claims, { token: tokenOf(acceptUrl) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await handle.executor.query('update auth.users set email_confirmed_at = null where id = $1', [invitee.id]);
    await expect(acceptInvitation(invitee.claims, { token: tokenOf(acceptUrl) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await handle.executor.query('update auth.users set email_confirmed_at = now() where id = $1', [invitee.id]);
    await acceptInvitation(invitee.claims, { token: tokenOf(acceptUrl) });
  });

  it('a revoked, replaced or expired link stops working', async () => {
    const { owner, invitee, projectId } = await setup();
    const first = await inviteMember(owner.claims, { projectId, email: invitee.email });
    const second = await inviteMember(owner.claims, { projectId, email: invitee.email }); // a resend replaces the link
    await expect(acceptInvitation(invitee.claims, { token: tokenOf(first.acceptUrl) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await revokeInvitation(owner.claims, { projectId, invitationId: second.id });
    await expect(acceptInvitation(invitee.claims, { token: tokenOf(second.acceptUrl) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const third = await inviteMember(owner.claims, { projectId, email: invitee.email });
    await handle.executor.query(`update public.project_invitations set expires_at = now() - interval '1 minute' where id = $1`, [third.id]);
    await expect(acceptInvitation(invitee.claims, { token: tokenOf(third.acceptUrl) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(acceptInvitation(invitee.claims, { token: 'x'.repeat(40) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('nobody adds a member directly, invites to someone else’s project, or re-invites a member', async () => {
    const { owner, invitee, projectId } = await setup();
    const other = await createTestUser(handle, { tier: 'pro' });
    await expect(
      withRls(owner.claims, (tx) =>
        tx.execute(sql`insert into public.project_members (project_id, user_id) values (${projectId}, ${invitee.id})`),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(inviteMember(other.claims, { projectId, email: 'x@example.com' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { acceptUrl } = await inviteMember(owner.claims, { projectId, email: invitee.email });
    await acceptInvitation(invitee.claims, { token: tokenOf(acceptUrl) });
    await expect(inviteMember(owner.claims, { projectId, email: invitee.email })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Emails of members reach members only.
    const seenByOther = rowsOf(
      await withRls(other.claims, (tx) => tx.execute(sql`select * from private.project_member_emails(${projectId}::uuid)`)),
    );
    expect(seenByOther).toEqual([]);
  });

  it('roles change, members leave or are removed; the owner stays', async () => {
    const { owner, invitee, projectId } = await setup();
    const { acceptUrl } = await inviteMember(owner.claims, { projectId, email: invitee.email });
    await acceptInvitation(invitee.claims, { token: tokenOf(acceptUrl) });
    await changeMemberRole(owner.claims, { projectId, userId: invitee.id, role: 'viewer' });
    await expect(changeMemberRole(invitee.claims, { projectId, userId: owner.id, role: 'viewer' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(removeMember(invitee.claims, { projectId, userId: owner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeMember(invitee.claims, { projectId, userId: invitee.id }); // leaving
    const team = await getProjectTeam(owner.claims, { projectId });
    expect(team.members.map((m) => m.role)).toEqual(['owner']);
  });

  it('pending invitations count against the team limit (free: the owner alone)', async () => {
    const owner = await createTestUser(handle);
    const project = await createProject(owner.claims, { name: `Solo ${owner.id.slice(0, 6)}` });
    await expect(inviteMember(owner.claims, { projectId: project.id, email: 'friend@example.com' })).rejects.toMatchObject({
      code: 'TIER_LIMIT',
      details: { resource: 'team_members' },
    });
  });
});
