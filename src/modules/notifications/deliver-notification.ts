import { and, eq, sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { emailIntl } from '@/lib/email/email-intl';
import { sendEmail } from '@/lib/email/send-email';
import { getEnv } from '@/lib/env';
import { unsafeGetContact } from '@/modules/accounts/unsafe-get-contact';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { unsafeListProjectMemberIds } from '@/modules/projects/unsafe-list-project-member-ids';
import { describeNotification, messageValues, type NotificationContent } from './describe-notification';
import { buildNotificationEmail } from './emails/build-notification-email';
import { notificationEventSchema, type NotificationKind } from './events';
import { effectivePreferences, type PreferenceRow } from './preferences';
import { sendPush } from './push/send-push';
import { notificationDeliveries, notificationEvents, notificationPreferences, notifications, pushSubscriptions } from './schema';
import { createUnsubscribeToken } from './unsubscribe-token';
import type { Locale } from '@/lib/i18n/translate';

// The decisions of the delivery job (inngest/functions/deliver-notification.ts), one function per
// step. They run as system code — a job has no session — on the privileged connection, and only
// touch the rows of the event they were handed. Each step is safe to run again: the inbox row is
// unique per person and event, and the delivery ledger records each mail and push before the
// step ends, so a retried step skips what already went out.

export type Recipient = {
  userId: string;
  email: string;
  locale: Locale;
  settings: { in_app: string; email: string; push: string };
};
export type DeliveryPlan = { eventId: string; kind: NotificationKind; content: NotificationContent; recipients: Recipient[] };

const REASON = 'the notification delivery job acts on the one event it was handed';

/**
 * Who hears about an event and through which channels (their preferences over the defaults). An
 * event about a project goes to its whole team — the owner and every member, who can all see its
 * leads and deployments (RLS: "project members and admins read") — each by their own preferences
 * and in their own language; an event about an account goes to that person.
 */
export async function unsafePlanDelivery(eventId: string): Promise<DeliveryPlan | null> {
  const db = await unsafeSystemDb(REASON);
  const [row] = await db.select().from(notificationEvents).where(eq(notificationEvents.eventId, eventId));
  if (!row) return null;
  const event = notificationEventSchema.parse(row.payload);
  let userIds: string[];
  let projectName: string | null = null;
  if ('projectId' in event) {
    const [project] = await unsafeGetProjects([event.projectId]);
    // A project deleted since: nobody left to tell.
    if (!project) return { eventId, kind: event.kind, content: describeNotification(event, null), recipients: [] };
    userIds = [...new Set([project.ownerId, ...(await unsafeListProjectMemberIds(project.id))])];
    projectName = project.name;
  } else {
    userIds = [event.userId];
  }
  const recipients: Recipient[] = [];
  for (const userId of userIds) {
    const contact = await unsafeGetContact(userId);
    if (!contact) continue;
    const rows = (await db
      .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel, setting: notificationPreferences.setting })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId))) as PreferenceRow[];
    recipients.push({ userId, email: contact.email, locale: contact.locale, settings: effectivePreferences(rows)[event.kind] });
  }
  return { eventId, kind: event.kind, content: describeNotification(event, projectName), recipients };
}

/** The inbox rows (one per recipient who keeps in-app on). Returns how many were new. */
export async function unsafeDeliverInApp(plan: DeliveryPlan): Promise<number> {
  const db = await unsafeSystemDb(REASON);
  const wanted = plan.recipients.filter((r) => r.settings.in_app === 'on');
  if (wanted.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(
      wanted.map((r) => ({
        userId: r.userId,
        eventId: plan.eventId,
        kind: plan.kind,
        projectId: plan.content.projectId,
        params: plan.content.params,
        link: plan.content.link,
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.eventId] })
    .returning({ id: notifications.id });
  return inserted.length;
}

async function alreadyDelivered(eventId: string, userId: string, channel: 'email' | 'push'): Promise<boolean> {
  const db = await unsafeSystemDb(REASON);
  const [row] = await db
    .select({ status: notificationDeliveries.status })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.eventId, eventId),
        eq(notificationDeliveries.userId, userId),
        eq(notificationDeliveries.channel, channel),
      ),
    );
  return Boolean(row);
}

async function record(eventId: string, userId: string, channel: 'email' | 'push', status: 'sent' | 'digest' | 'skipped', detail?: string) {
  const db = await unsafeSystemDb(REASON);
  await db
    .insert(notificationDeliveries)
    .values({ eventId, userId, channel, status, detail: detail?.slice(0, 500) ?? null, sentAt: status === 'sent' ? new Date() : null })
    .onConflictDoNothing();
}

function appUrl(pathname: string): string {
  return new URL(pathname, getEnv().APP_URL).toString();
}

/** The unsubscribe page a mail links to (and the one-click POST endpoint of List-Unsubscribe). */
export function unsubscribeUrls(userId: string, kind: NotificationKind): { page: string; oneClick: string } {
  const token = encodeURIComponent(createUnsubscribeToken(userId, kind));
  return { page: appUrl(`/notifications/unsubscribe?token=${token}`), oneClick: appUrl(`/api/notifications/unsubscribe?token=${token}`) };
}

/**
 * The mail to one recipient, by their email setting: now ('on'), held for the daily digest
 * ('daily', leads only) or not at all. Returns what happened.
 */
export async function unsafeDeliverEmail(plan: DeliveryPlan, recipient: Recipient): Promise<'sent' | 'digest' | 'off' | 'duplicate'> {
  const setting = recipient.settings.email;
  if (setting === 'off') return 'off';
  if (await alreadyDelivered(plan.eventId, recipient.userId, 'email')) return 'duplicate';
  if (setting === 'daily') {
    await record(plan.eventId, recipient.userId, 'email', 'digest');
    return 'digest';
  }
  const urls = unsubscribeUrls(recipient.userId, plan.kind);
  const { template, ...mail } = await buildNotificationEmail({
    locale: recipient.locale,
    kind: plan.kind,
    params: plan.content.params,
    url: appUrl(plan.content.link),
    unsubscribeUrl: urls.page,
    settingsUrl: appUrl('/dashboard/notifications/settings'),
  });
  await sendEmail({
    to: recipient.email,
    userId: recipient.userId,
    template,
    ...mail,
    // RFC 8058: mail clients show "Unsubscribe" and POST "List-Unsubscribe=One-Click" to the URL.
    headers: { 'List-Unsubscribe': `<${urls.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
  await record(plan.eventId, recipient.userId, 'email', 'sent');
  return 'sent';
}

/**
 * A push to each of the recipient's devices when push is on for this kind. A subscription the
 * push service reports gone (404/410), or whose endpoint is not a push service we send to, is removed. If a device failed otherwise (5xx, timeout) the
 * step throws and the job retries it with backoff; a device that already got it may get it again
 * then, and the service worker shows pushes by tag (the event id), so the repeat replaces the
 * first instead of stacking.
 */
export async function unsafeDeliverPush(plan: DeliveryPlan, recipient: Recipient): Promise<{ sent: number; removed: number }> {
  if (recipient.settings.push !== 'on') return { sent: 0, removed: 0 };
  if (await alreadyDelivered(plan.eventId, recipient.userId, 'push')) return { sent: 0, removed: 0 };
  const db = await unsafeSystemDb(REASON);
  const devices = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, recipient.userId));
  if (devices.length === 0) return { sent: 0, removed: 0 };
  const t = createTranslator({ ...emailIntl(recipient.locale), namespace: 'notifications' });
  const values = messageValues(plan.kind, plan.content.params);
  const payload = { title: t('message.title', values), body: t('message.body', values), url: plan.content.link, tag: plan.eventId };
  let sent = 0;
  let removed = 0;
  let failed = 0;
  for (const device of devices) {
    const result = await sendPush(device, payload);
    if (result.outcome === 'sent') {
      sent += 1;
      await db
        .update(pushSubscriptions)
        .set({ lastUsedAt: sql`now()` })
        .where(eq(pushSubscriptions.id, device.id));
    } else if (result.outcome === 'gone' || result.outcome === 'refused') {
      removed += 1;
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, device.id));
    } else failed += 1;
  }
  if (failed > 0) throw new Error(`push: ${failed} of ${devices.length} devices failed; retrying`);
  await record(plan.eventId, recipient.userId, 'push', 'sent', `${sent} sent, ${removed} removed`);
  return { sent, removed };
}

export async function unsafeMarkDelivered(eventId: string): Promise<void> {
  const db = await unsafeSystemDb(REASON);
  await db
    .update(notificationEvents)
    .set({ deliveredAt: sql`now()` })
    .where(eq(notificationEvents.eventId, eventId));
}
