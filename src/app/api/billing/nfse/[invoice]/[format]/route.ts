import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { getSession } from '@/modules/accounts/server-session';
import { openNfseDocument } from '@/modules/billing/open-nfse-document';
import { inertFileResponse } from '@/modules/storage/inert-file-response';

export const dynamic = 'force-dynamic';

const params = z.object({ invoice: z.string().regex(/^in_[A-Za-z0-9_-]{1,250}$/), format: z.enum(['pdf', 'xml']) });

/**
 * An issued NFS-e's PDF or XML, for the client it belongs to and for agency admins (RLS on the
 * NFS-e row decides; anyone else gets "not found"). A download unless `?inline=1` (PDF only).
 */
export async function GET(request: Request, context: { params: Promise<{ invoice: string; format: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return jsonError(new AppError('NOT_FOUND', 'errors.billing.nfseNotFound'), locale);
  try {
    const file = await openNfseDocument(session.claims, parsed.data.invoice, parsed.data.format);
    return inertFileResponse(file, { inline: new URL(request.url).searchParams.get('inline') === '1', cacheControl: 'private, no-store' });
  } catch (err) {
    return jsonError(err, locale);
  }
}
