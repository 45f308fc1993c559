import { NextResponse, type NextRequest } from 'next/server';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { recordLead } from '@/modules/host/record-lead';
import { leadResponsePage } from '@/modules/host/lead-response-page';

export const dynamic = 'force-dynamic';

// Reached only through the proxy's rewrite for `<slug>.<ROOT_DOMAIN>` hosts.
// serveSiteFile resolves the Host header itself, so a request to this path on
// the app's own host finds no site and gets the neutral 404.

function originalPath(request: NextRequest): string {
  return request.headers.get('x-pm-site-path') ?? '/';
}

function toResponse(r: { status: number; headers: Record<string, string>; body: Uint8Array | string | null }): Response {
  return new NextResponse(r.body as BodyInit | null, { status: r.status, headers: r.headers });
}

async function serve(request: NextRequest): Promise<Response> {
  const result = await serveSiteFile({
    host: request.headers.get('host'),
    path: originalPath(request),
    method: request.method,
    acceptEncoding: request.headers.get('accept-encoding'),
    ifNoneMatch: request.headers.get('if-none-match'),
    isHttps: request.headers.get('x-forwarded-proto') === 'https',
    // Next's own response compression (gzip) applies to route handlers and would
    // re-encode ours; a CDN in front adds brotli.
    compress: false,
  });
  return toResponse(result);
}

export const GET = serve;
export const HEAD = serve;

export async function POST(request: NextRequest): Promise<Response> {
  if (!originalPath(request).startsWith('/__forms/lead')) return serve(request);
  const form = await request.formData().catch(() => null);
  const fields: Record<string, string> = {};
  form?.forEach((value, key) => {
    if (typeof value === 'string') fields[key] = value;
  });
  const outcome = await recordLead({
    host: request.headers.get('host'),
    ip: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown',
    form: fields,
  });
  const page = fields.page ? `/${fields.page}` : '/';
  const back = fields.locale && outcome.site && fields.locale !== outcome.site.manifest.defaultLocale ? `/${fields.locale}${page === '/' ? '/' : page}` : page;
  return toResponse(leadResponsePage(outcome, back));
}
