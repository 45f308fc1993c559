import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/secret';
import { notificationKindSchema, type NotificationKind } from './events';

/**
 * The token of a mail's one-click unsubscribe link: who and which kind, signed with the app's
 * secret (HMAC-SHA256, its own purpose label so no other signed value can pass for it). It works
 * without signing in — the mail is the proof — and only ever turns off emails of that one kind for
 * that one person. It does not expire: an unsubscribe link in an old mail must keep working.
 */
const PURPOSE = 'notifications.unsubscribe.v1';

function sign(userId: string, kind: NotificationKind): string {
  return createHmac('sha256', getAuthSecret()).update(`${PURPOSE}\n${userId}\n${kind}`).digest('base64url');
}

export function createUnsubscribeToken(userId: string, kind: NotificationKind): string {
  return `${Buffer.from(`${userId}|${kind}`).toString('base64url')}.${sign(userId, kind)}`;
}

export function verifyUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 400) return null;
  const [userId, kindText, rest] = Buffer.from(body, 'base64url').toString('utf8').split('|');
  const kind = notificationKindSchema.safeParse(kindText);
  if (!userId || !kind.success || rest !== undefined || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  const expected = Buffer.from(sign(userId, kind.data));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind.data };
}
