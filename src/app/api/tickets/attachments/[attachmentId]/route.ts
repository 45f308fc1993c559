import { z } from 'zod';
import { getSession } from '@/modules/accounts/server-session';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { inertFileResponse } from '@/modules/storage/inert-file-response';
import { openTicketAttachment } from '@/modules/tickets/open-ticket-attachment';

export const dynamic = 'force-dynamic';

/**
 * A ticket attachment's bytes, for the ticket's client (not an internal note's) and the agency
 * (admins, and the developer it is assigned to). Served exactly as the Files route serves files
 * (inertFileResponse): a download unless `?inline=1` asks for a type that is safe to show.
 */
export async function GET(request: Request, context: { params: Promise<{ attachmentId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const id = z.uuid().safeParse((await context.params).attachmentId);
  if (!id.success) return jsonError(new AppError('NOT_FOUND', 'errors.tickets.notFound'), locale);
  try {
    const file = await openTicketAttachment(session.claims, id.data);
    return inertFileResponse(file, {
      inline: new URL(request.url).searchParams.get('inline') === '1',
      cacheControl: 'private, no-store',
    });
  } catch (err) {
    return jsonError(err, locale);
  }
}
