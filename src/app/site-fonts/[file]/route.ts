import { readWebFontFile } from '@/modules/build/load-web-fonts';

/**
 * The web fonts for the studio preview and the editor canvas. Published sites serve their own
 * copies; the preview is a sandboxed frame with an opaque origin, so its font requests are
 * cross-origin: allow any origin to read these (public, immutable font files, nothing else).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const bytes = readWebFontFile(file);
  if (!bytes) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(Buffer.from(await bytes), {
    headers: {
      'Content-Type': 'font/woff2',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}
