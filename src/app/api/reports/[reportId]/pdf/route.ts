import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { getSession } from '@/modules/accounts/server-session';
import { openReportPdf } from '@/modules/reports/open-report-pdf';
import { inertFileResponse } from '@/modules/storage/inert-file-response';

export const dynamic = 'force-dynamic';

/**
 * A monthly report's PDF, for the client it belongs to and for agency admins (RLS on the report
 * row decides; anyone else gets "not found"). A download unless `?inline=1`.
 */
export async function GET(request: Request, context: { params: Promise<{ reportId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const id = z.uuid().safeParse((await context.params).reportId);
  if (!id.success) return jsonError(new AppError('NOT_FOUND', 'errors.reports.notFound'), locale);
  try {
    const file = await openReportPdf(session.claims, id.data);
    return inertFileResponse(file, { inline: new URL(request.url).searchParams.get('inline') === '1', cacheControl: 'private, no-store' });
  } catch (err) {
    return jsonError(err, locale);
  }
}
