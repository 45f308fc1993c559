import { getSession } from '@/modules/accounts/server-session';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { exportAccountData } from '@/modules/privacy/export-account-data';

export const dynamic = 'force-dynamic';

/**
 * "Download my data": the signed-in client's whole account as one JSON file. A GET is safe here:
 * it changes nothing, and another origin can trigger the download but never read it.
 */
export async function GET() {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  try {
    const data = await exportAccountData(session.claims);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="page-magic-data-${day}.json"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return jsonError(err, locale);
  }
}
