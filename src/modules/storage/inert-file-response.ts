import { contentDisposition } from './content-disposition';
import type { OpenedFile } from './open-file';

/**
 * The HTTP response for a stored file's bytes. Uploaded content is never trusted to be what it
 * claims, so it is served as inert as a response can be: the type the server detected, `nosniff`,
 * a CSP that allows nothing and sandboxes the document (only the app may frame it — the PDF
 * preview), and a download (attachment) unless `inline` is asked for a type that is safe to show
 * (raster images, PDFs). Every route that hands out a stored file answers with this.
 */
export function inertFileResponse(file: OpenedFile, options: { inline: boolean; cacheControl: string }): Response {
  const isInline = file.mayShowInline && options.inline;
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(isInline ? 'inline' : 'attachment', file.name),
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; frame-ancestors 'self'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': options.cacheControl,
    },
  });
}
