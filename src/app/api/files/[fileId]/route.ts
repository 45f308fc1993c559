import { getSession } from '@/modules/accounts/server-session';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { inertFileResponse } from '@/modules/storage/inert-file-response';
import { openFile, openFileInput } from '@/modules/storage/open-file';

export const dynamic = 'force-dynamic';

/**
 * A stored file's bytes (`?variant=thumbnail` for its preview), for its owner, served inert (see
 * inertFileResponse): a download unless `?inline=1` is asked for a type that is safe to show.
 */
export async function GET(request: Request, context: { params: Promise<{ fileId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const url = new URL(request.url);
  const input = openFileInput.safeParse({
    id: (await context.params).fileId,
    variant: url.searchParams.get('variant') ?? undefined,
  });
  if (!input.success) return jsonError(new AppError('NOT_FOUND', 'errors.storage.fileNotFound'), locale);
  try {
    const file = await openFile(session.claims, input.data);
    return inertFileResponse(file, {
      inline: url.searchParams.get('inline') === '1' || input.data.variant === 'thumbnail',
      // A file id's content never changes; only its owner's browser keeps a copy.
      cacheControl: 'private, max-age=86400',
    });
  } catch (err) {
    return jsonError(err, locale);
  }
}
