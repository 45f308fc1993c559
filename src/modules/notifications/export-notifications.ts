import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { notificationPreferences, notifications, pushSubscriptions } from './schema';

/**
 * The caller's notifications for "download my data": the in-app inbox, the preferences they set
 * and the devices subscribed to push (their label, dates and push service — not the endpoint or
 * keys, which are secrets that let anyone send to the device). Under RLS,
 * as the caller.
 */
export async function exportNotifications(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const [inbox, preferences, devices] = await Promise.all([
      tx
        .select({
          kind: notifications.kind,
          projectId: notifications.projectId,
          params: notifications.params,
          link: notifications.link,
          readAt: notifications.readAt,
          createdAt: notifications.createdAt,
        })
        .from(notifications)
        .where(eq(notifications.userId, claims.sub))
        .orderBy(asc(notifications.createdAt)),
      tx
        .select({
          kind: notificationPreferences.kind,
          channel: notificationPreferences.channel,
          setting: notificationPreferences.setting,
          updatedAt: notificationPreferences.updatedAt,
        })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, claims.sub))
        .orderBy(asc(notificationPreferences.kind), asc(notificationPreferences.channel)),
      tx
        .select({
          endpoint: pushSubscriptions.endpoint,
          deviceLabel: pushSubscriptions.deviceLabel,
          lastUsedAt: pushSubscriptions.lastUsedAt,
          createdAt: pushSubscriptions.createdAt,
        })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, claims.sub))
        .orderBy(asc(pushSubscriptions.createdAt)),
    ]);
    return {
      inbox,
      preferences,
      pushDevices: devices.map(({ endpoint, ...device }) => ({ ...device, service: safeOrigin(endpoint) })),
    };
  });
}

function safeOrigin(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return 'unknown';
  }
}
