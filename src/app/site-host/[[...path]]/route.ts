import { after, NextResponse, type NextRequest } from 'next/server';
import { baseSiteHeaders, serveSiteFile } from '@/modules/host/serve-site-file';
import { recordLead } from '@/modules/host/record-lead';
import { leadResponsePage, newsletterConfirmedPage, newsletterConfirmPage } from '@/modules/host/lead-response-page';
import { confirmNewsletter } from '@/modules/host/confirm-newsletter';
import { resolveSiteHost } from '@/modules/host/resolve-site-host';
import { clientIp } from '@/lib/http/client-ip';
import { decodeUtf8, readCappedBody } from '@/lib/http/read-capped-body';
import { reportError } from '@/lib/observability';
import { neutralPage } from '@/modules/host/neutral-page';
import { flushSiteTrafficSoon } from '@/modules/host/site-traffic-meter';

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

const isHttps = (request: NextRequest) => request.headers.get('x-forwarded-proto') === 'https';

/** A database or storage outage on a site host: the neutral 503 with the site's own headers, never Next's error page. */
function unavailable(request: NextRequest, err: unknown): Response {
  reportError(err, { where: 'site host' });
  return toResponse(neutralPage(503, baseSiteHeaders(isHttps(request))));
}

// A contact form is a few hundred bytes; anything near this is not one.
const MAX_FORM_BYTES = 32 * 1024;

async function serve(request: NextRequest): Promise<Response> {
  const result = await serveSiteFile({
    host: request.headers.get('host'),
    path: originalPath(request),
    method: request.method,
    acceptEncoding: request.headers.get('accept-encoding'),
    ifNoneMatch: request.headers.get('if-none-match'),
    isHttps: isHttps(request),
    // Next's own response compression (gzip) applies to route handlers and would
    // re-encode ours; a CDN in front adds brotli.
    compress: false,
  });
  // The bytes just served are metered in a batch written within seconds; `after` keeps this
  // invocation alive until then (serverless platforms too), and later requests share the batch.
  after(() => flushSiteTrafficSoon((err) => reportError(err, { where: 'traffic flush' })));
  return toResponse(result);
}

async function serveSafely(request: NextRequest): Promise<Response> {
  try {
    return await serve(request);
  } catch (err) {
    return unavailable(request, err);
  }
}

const isConfirmPath = (request: NextRequest) => /^\/__forms\/confirm\/?(\?|$)/.test(originalPath(request));

/** The newsletter's confirmation link: a page with a Confirm button (opening it confirms nothing). */
async function getConfirm(request: NextRequest): Promise<Response> {
  const token = new URL(originalPath(request), 'http://site').searchParams.get('t') ?? '';
  const site = await resolveSiteHost(request.headers.get('host'));
  return toResponse(newsletterConfirmPage(site, token, undefined, isHttps(request)));
}

export async function GET(request: NextRequest): Promise<Response> {
  if (!isConfirmPath(request)) return serveSafely(request);
  try {
    return await getConfirm(request);
  } catch (err) {
    return unavailable(request, err);
  }
}
export const HEAD = serveSafely;

export async function POST(request: NextRequest): Promise<Response> {
  const path = originalPath(request);
  if (!path.startsWith('/__forms/lead') && !isConfirmPath(request)) return serveSafely(request);
  try {
    return path.startsWith('/__forms/lead') ? await postLead(request) : await postConfirm(request);
  } catch (err) {
    return unavailable(request, err);
  }
}

async function readForm(request: NextRequest): Promise<Record<string, string>> {
  // The site's forms post application/x-www-form-urlencoded (the HTML default); anything else, a
  // body past the cap or bytes that are not UTF-8 read as empty → "check the form" (400).
  const bytes = await readCappedBody(request, MAX_FORM_BYTES).catch(() => null);
  const raw = bytes instanceof Uint8Array ? decodeUtf8(bytes) : null;
  const fields: Record<string, string> = {};
  new URLSearchParams(raw ?? '').forEach((value, key) => {
    fields[key] = value;
  });
  return fields;
}

async function postConfirm(request: NextRequest): Promise<Response> {
  const fields = await readForm(request);
  const outcome = await confirmNewsletter({ host: request.headers.get('host'), token: fields.t ?? '' });
  return toResponse(newsletterConfirmedPage(outcome, isHttps(request)));
}

async function postLead(request: NextRequest): Promise<Response> {
  const fields = await readForm(request);
  const host = request.headers.get('host');
  const outcome = await recordLead({
    host,
    ip: clientIp(request.headers),
    form: fields,
    siteOrigin: host ? `${isHttps(request) ? 'https' : 'http'}://${host}` : undefined,
  });
  const page = fields.page ? `/${fields.page}` : '/';
  const back =
    fields.locale && outcome.site && fields.locale !== outcome.site.manifest.defaultLocale
      ? `/${fields.locale}${page === '/' ? '/' : page}`
      : page;
  return toResponse(leadResponsePage(outcome, back, isHttps(request)));
}
