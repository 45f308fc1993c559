import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/secret';

/**
 * The token of a lead mail's one-click unsubscribe link: the lead's id, signed with the app's
 * secret (HMAC-SHA256), the same signing as the notifications module's unsubscribe links but its
 * own purpose label, so neither token can pass for the other. A lead has no account, so the mail
 * is the only proof; the token only ever stops mails to that lead's address. It does not expire:
 * the link in a 30-day-old mail must still work.
 */
const PURPOSE = 'analyzer.lead-unsubscribe.v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sign(leadId: string): string {
  return createHmac('sha256', getAuthSecret()).update(`${PURPOSE}\n${leadId}`).digest('base64url');
}

export function createLeadUnsubscribeToken(leadId: string): string {
  return `${leadId}.${sign(leadId)}`;
}

export function verifyLeadUnsubscribeToken(token: string): { leadId: string } | null {
  if (token.length > 200) return null;
  const [leadId, signature, extra] = token.split('.');
  if (!leadId || !signature || extra !== undefined || !UUID.test(leadId)) return null;
  const expected = Buffer.from(sign(leadId));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { leadId };
}
