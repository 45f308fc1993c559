import { sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import type { NotificationKind } from './events';
import { notificationPreferences } from './schema';
import { verifyUnsubscribeToken } from './unsubscribe-token';

/** Whom and which kind a link's token names, or null (a page shows "not valid" for that). */
export function readUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
  return verifyUnsubscribeToken(token);
}

/**
 * A mail's one-click unsubscribe: turns off emails of the token's kind for the token's person,
 * and nothing else. Privileged because it works without signing in (RFC 8058: the mail client
 * POSTs with no cookies) — the signed token is the authority, and it names exactly one person and
 * one kind. Idempotent.
 */
export async function unsafeUnsubscribeByToken(token: string): Promise<{ kind: NotificationKind }> {
  const target = verifyUnsubscribeToken(token);
  if (!target) throw new AppError('TOKEN_INVALID', 'errors.notifications.invalidToken');
  const db = await unsafeSystemDb('a signed unsubscribe link turns off one kind of email for the person it names, without a session');
  await db
    .insert(notificationPreferences)
    .values({ userId: target.userId, kind: target.kind, channel: 'email', setting: 'off' })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind, notificationPreferences.channel],
      set: { setting: 'off', updatedAt: sql`now()` },
    });
  return { kind: target.kind };
}
