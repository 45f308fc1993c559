import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { createProject } from '@/modules/projects/create-project';
import { projectMembers } from '@/modules/projects/schema';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { listNotifications, countUnreadNotifications } from '@/modules/notifications/list-notifications';
import { markNotificationsRead } from '@/modules/notifications/mark-notifications-read';
import { savePreferences } from '@/modules/notifications/manage-preferences';
import { unsafeUnsubscribeByToken } from '@/modules/notifications/unsubscribe-by-token';
import { unsafeDeliverEmail, unsafeDeliverInApp, unsafePlanDelivery } from '@/modules/notifications/deliver-notification';
import { unsafeListDigestRecipients, unsafeSendLeadDigest } from '@/modules/notifications/send-lead-digests';
import { createUnsubscribeToken } from '@/modules/notifications/unsubscribe-token';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

let handle: DbHandle;
beforeAll(async () => {
  process.env.APP_URL = 'http://app.test';
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-notif-'));
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const mailsTo = async (user: TestUser) =>
  handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, user.email), like(emailOutbox.template, 'notification_%')));

async function ownerWithProject() {
  const user = await createTestUser(handle);
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 4)}` });
  return { user, project };
}

const lead = (projectId: string, name = 'Maria') => ({
  kind: 'lead.created' as const,
  eventId: `lead.created:${randomUUID()}`,
  projectId,
  leadName: name,
  messagePreview: 'Do you deliver on Sundays?',
});

describe('notification delivery', () => {
  it('a new lead reaches the owner in the inbox and by mail, with a one-click unsubscribe for leads', async () => {
    const { user, project } = await ownerWithProject();
    await emitNotification(lead(project.id));
    await runJobs();
    const inbox = await listNotifications(user.claims);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ kind: 'lead.created', isRead: false, params: { leadName: 'Maria', projectName: project.name } });
    expect(await countUnreadNotifications(user.claims)).toBe(1);
    const [mail, ...more] = await mailsTo(user);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`New lead on ${project.name}`);
    expect(mail!.textBody).toContain('Maria wrote: “Do you deliver on Sundays?”');
    expect(mail!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.headers?.['List-Unsubscribe']).toMatch(/^<http:\/\/app\.test\/api\/notifications\/unsubscribe\?token=[^>]+>$/);
    expect(mail!.textBody).toContain('http://app.test/notifications/unsubscribe?token=');
  });

  it('the same event delivered twice is one notification and one mail', async () => {
    const { user, project } = await ownerWithProject();
    const event = lead(project.id);
    await emitNotification(event);
    await emitNotification(event);
    await runJobs();
    // And if the job's steps ran again (a retry after a crash), nothing is added either.
    const plan = (await unsafePlanDelivery(event.eventId))!;
    expect(await unsafeDeliverInApp(plan)).toBe(0);
    expect(await unsafeDeliverEmail(plan, plan.recipients[0]!)).toBe('duplicate');
    expect(await listNotifications(user.claims)).toHaveLength(1);
    expect(await mailsTo(user)).toHaveLength(1);
  });

  it('honours preferences per channel: no mail when email is off, nothing in the inbox when in-app is off', async () => {
    const { user, project } = await ownerWithProject();
    await savePreferences(user.claims, [{ kind: 'lead.created', channel: 'email', setting: 'off' }]);
    await emitNotification(lead(project.id));
    await runJobs();
    expect(await listNotifications(user.claims)).toHaveLength(1);
    expect(await mailsTo(user)).toHaveLength(0);

    await savePreferences(user.claims, [
      { kind: 'lead.created', channel: 'email', setting: 'on' },
      { kind: 'lead.created', channel: 'in_app', setting: 'off' },
    ]);
    await emitNotification(lead(project.id));
    // Another kind keeps its defaults.
    await emitNotification({ kind: 'payment.failed', eventId: `payment.failed:${randomUUID()}`, userId: user.id });
    await runJobs();
    expect((await listNotifications(user.claims)).map((n) => n.kind)).toEqual(['payment.failed', 'lead.created']);
    expect((await mailsTo(user)).map((m) => m.template).sort()).toEqual(['notification_lead.created', 'notification_payment.failed']);
  });

  it('refuses a setting a kind does not offer (a digest is for leads only)', async () => {
    const { user } = await ownerWithProject();
    await expect(savePreferences(user.claims, [{ kind: 'payment.failed', channel: 'email', setting: 'daily' }])).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('daily digest: lead mails wait, then go out as one mail listing them, once', async () => {
    const { user, project } = await ownerWithProject();
    await savePreferences(user.claims, [{ kind: 'lead.created', channel: 'email', setting: 'daily' }]);
    await emitNotification(lead(project.id, 'Ana'));
    await emitNotification(lead(project.id, 'Bruno'));
    await runJobs();
    expect(await mailsTo(user)).toHaveLength(0);
    expect(await unsafeListDigestRecipients()).toContain(user.id);
    expect(await unsafeSendLeadDigest(user.id)).toEqual({ leads: 2 });
    expect(await unsafeSendLeadDigest(user.id)).toEqual({ leads: 0 });
    const [digest, ...more] = await mailsTo(user);
    expect(more).toEqual([]);
    expect(digest!.template).toBe('notification_lead_digest');
    expect(digest!.subject).toBe('2 new leads today');
    expect(digest!.textBody).toContain('Ana wrote');
    expect(digest!.textBody).toContain('Bruno wrote');
  });

  it('unsubscribe works without signing in and only for its kind and person', async () => {
    const { user, project } = await ownerWithProject();
    const other = await ownerWithProject();
    const token = createUnsubscribeToken(user.id, 'lead.created');
    expect(await unsafeUnsubscribeByToken(token)).toEqual({ kind: 'lead.created' });
    // A token edited to name another kind or person is refused.
    const [body, signature] = token.split('.');
    const forgedKind = `${Buffer.from(`${user.id}|payment.failed`).toString('base64url')}.${signature}`;
    const forgedUser = `${Buffer.from(`${other.user.id}|lead.created`).toString('base64url')}.${signature}`;
    // One character of the signature changed — to another one: writing 'x' over a signature that
    // already began with 'x' left it valid (1 run in 64 failed, seen in CI).
    const tampered = `${body}.${signature!.startsWith('x') ? 'y' : 'x'}${signature!.slice(1)}`;
    for (const bad of [forgedKind, forgedUser, tampered, 'nonsense'])
      await expect(unsafeUnsubscribeByToken(bad)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });

    await emitNotification(lead(project.id));
    await emitNotification({ kind: 'payment.failed', eventId: `payment.failed:${randomUUID()}`, userId: user.id });
    await emitNotification(lead(other.project.id));
    await runJobs();
    expect((await mailsTo(user)).map((m) => m.template)).toEqual(['notification_payment.failed']);
    expect((await mailsTo(other.user)).map((m) => m.template)).toEqual(['notification_lead.created']);
    // The inbox still has the lead: only email was turned off.
    expect((await listNotifications(user.claims)).map((n) => n.kind).sort()).toEqual(['lead.created', 'payment.failed']);
  });

  it('marks read one or all; another person can neither see nor mark mine', async () => {
    const { user, project } = await ownerWithProject();
    const other = await ownerWithProject();
    await emitNotification(lead(project.id));
    await emitNotification(lead(project.id, 'Ana'));
    await runJobs();
    const [first] = await listNotifications(user.claims);
    expect(await listNotifications(other.user.claims)).toEqual([]);
    await expect(markNotificationsRead(other.user.claims, { notificationId: first!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await countUnreadNotifications(user.claims)).toBe(2);
    await markNotificationsRead(user.claims, { notificationId: first!.id });
    expect(await countUnreadNotifications(user.claims)).toBe(1);
    expect(await markNotificationsRead(user.claims, { all: true })).toBe(1);
    expect(await countUnreadNotifications(user.claims)).toBe(0);
  });

  it('a project event reaches its whole team, each by their own preferences; nobody outside the team hears of it', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' }); // a plan with a team
    const project = await createProject(owner.claims, { name: `Estúdio ${owner.id.slice(0, 4)}` });
    const editor = await createTestUser(handle);
    const viewer = await createTestUser(handle);
    const outsider = await createTestUser(handle);
    // Team membership as accepting an invitation leaves it (privileged setup).
    await handle.db.insert(projectMembers).values([
      { projectId: project.id, userId: editor.id, role: 'editor' },
      { projectId: project.id, userId: viewer.id, role: 'viewer' },
    ]);
    await savePreferences(viewer.claims, [{ kind: 'lead.created', channel: 'email', setting: 'off' }]);
    await emitNotification(lead(project.id, 'Ana'));
    await runJobs();
    for (const person of [owner, editor, viewer]) {
      const inbox = await listNotifications(person.claims);
      expect(inbox).toHaveLength(1);
      expect(inbox[0]).toMatchObject({ kind: 'lead.created', params: { leadName: 'Ana', projectName: project.name } });
    }
    expect(await mailsTo(owner)).toHaveLength(1);
    expect(await mailsTo(editor)).toHaveLength(1);
    expect(await mailsTo(viewer)).toHaveLength(0); // their own email setting
    expect(await listNotifications(outsider.claims)).toHaveLength(0);
    expect(await mailsTo(outsider)).toHaveLength(0);
  });

  it('a publish tells the owner once per site version; a failed deployment once', async () => {
    const { user, project } = await ownerWithProject();
    const deploymentId = randomUUID();
    const published = {
      kind: 'site.published' as const,
      eventId: `site.published:${project.id}:v1`,
      projectId: project.id,
      deploymentId,
      url: 'http://padaria.sites.test',
      version: 1,
      siteName: 'Padaria Sol',
    };
    await emitNotification(published);
    await emitNotification({ ...published, deploymentId: randomUUID() });
    await runJobs();
    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email));
    expect(mails.map((m) => [m.template, m.subject])).toEqual([['site_published', 'Padaria Sol is live 🎉']]);
    expect(mails[0]!.textBody).toContain('/notifications/unsubscribe?token=');
    expect((await listNotifications(user.claims)).map((n) => n.link)).toEqual([`/dashboard/projects/${project.id}`]);
  });
});
