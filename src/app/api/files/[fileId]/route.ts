import { getSession } from '@/modules/accounts/server-session';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { contentDisposition } from '@/modules/storage/content-disposition';
import { openFile, openFileInput } from '@/modules/storage/open-file';

export const dynamic = 'force-dynamic';

/**
 * A stored file's bytes (`?variant=thumbnail` for its preview), for its owner. Uploaded content is
 * never trusted to be what it claims, so it is served as inert as a response can be: the type the
 * server detected, `nosniff`, a CSP that allows nothing and sandboxes the document, and a download
 * (attachment) unless `?inline=1` is asked for a type that is safe to show (raster images, PDFs).
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
    const isInline = file.mayShowInline && (url.searchParams.get('inline') === '1' || input.data.variant === 'thumbnail');
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        'Content-Disposition': contentDisposition(isInline ? 'inline' : 'attachment', file.name),
        // Only the app may frame it (the PDF preview); nothing in it may run, load or navigate.
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; frame-ancestors 'self'; sandbox",
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
        // A file id's content never changes; only its owner's browser keeps a copy.
        'Cache-Control': 'private, max-age=86400',
      },
    });
  } catch (err) {
    return jsonError(err, locale);
  }
}
