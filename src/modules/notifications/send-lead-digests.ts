import { and, asc, eq, inArray } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { getEnv } from '@/lib/env';
import { unsafeGetContact } from '@/modules/accounts/unsafe-get-contact';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { describeNotification } from './describe-notification';
import { leadDigestEmail } from './emails/lead-digest-email';
import { notificationEventSchema } from './events';
import { notificationDeliveries, notificationEvents } from './schema';
import { unsubscribeUrls } from './deliver-notification';

/** At most this many leads are spelled out in one digest; the button leads to all of them. */
const MAX_LISTED = 20;

/** The people with lead mails waiting for their digest. */
export async function unsafeListDigestRecipients(): Promise<string[]> {
  const db = await unsafeSystemDb('the digest cron finds whose lead mails wait for the daily digest');
  const rows = await db
    .selectDistinct({ userId: notificationDeliveries.userId })
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.status, 'digest'));
  return rows.map((r) => r.userId);
}

/**
 * One person's daily lead digest: every lead mail held for them, in one mail, then marked sent.
 * The held rows are claimed (status 'digest' → 'sent') in a transaction that commits only after
 * the mail went out: two runs never mail the same lead twice, and a failed send leaves them held
 * for the retry.
 */
export async function unsafeSendLeadDigest(userId: string): Promise<{ leads: number }> {
  const db = await unsafeSystemDb('the digest cron mails one person the lead notifications held for them');
  const contact = await unsafeGetContact(userId);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(notificationDeliveries)
      .set({ status: 'sent', sentAt: new Date() })
      .where(
        and(
          eq(notificationDeliveries.userId, userId),
          eq(notificationDeliveries.channel, 'email'),
          eq(notificationDeliveries.status, 'digest'),
        ),
      )
      .returning({ eventId: notificationDeliveries.eventId });
    if (claimed.length === 0 || !contact) return { leads: 0 };
    const events = await tx
      .select({ payload: notificationEvents.payload })
      .from(notificationEvents)
      .where(
        inArray(
          notificationEvents.eventId,
          claimed.map((c) => c.eventId),
        ),
      )
      .orderBy(asc(notificationEvents.createdAt))
      .limit(MAX_LISTED);
    const parsed = events.map((e) => notificationEventSchema.parse(e.payload));
    const projects = new Map(
      (await unsafeGetProjects([...new Set(parsed.map((e) => ('projectId' in e ? e.projectId : '')).filter(Boolean))])).map((p) => [
        p.id,
        p.name,
      ]),
    );
    const app = getEnv().APP_URL;
    const urls = unsubscribeUrls(userId, 'lead.created');
    const mail = await leadDigestEmail({
      locale: contact.locale,
      leads: parsed.map((e) => describeNotification(e, 'projectId' in e ? (projects.get(e.projectId) ?? null) : null).params),
      url: new URL('/dashboard/leads', app).toString(),
      unsubscribeUrl: urls.page,
      settingsUrl: new URL('/dashboard/notifications/settings', app).toString(),
    });
    await sendEmail({
      to: contact.email,
      userId,
      template: 'notification_lead_digest',
      ...mail,
      headers: { 'List-Unsubscribe': `<${urls.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    return { leads: claimed.length };
  });
}
