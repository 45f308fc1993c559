import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { getSession } from '@/modules/accounts/server-session';
import { countUnreadNotifications } from '@/modules/notifications/list-notifications';

export const dynamic = 'force-dynamic';

/** The bell's number for the signed-in person. */
export async function GET() {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  try {
    const count = await countUnreadNotifications(session.claims);
    return Response.json({ count }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return jsonError(err, locale);
  }
}
