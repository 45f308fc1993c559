import { decodeUtf8 } from '@/lib/http/read-capped-body';
import { confirmNewsletter } from './confirm-newsletter';
import { leadResponsePage, newsletterConfirmedPage, newsletterConfirmPage } from './lead-response-page';
import { neutralPage } from './neutral-page';
import { recordLead } from './record-lead';
import { resolveSiteHost } from './resolve-site-host';
import { baseSiteHeaders, serveSiteFile, serveSiteFileFromMemory } from './serve-site-file';
import type { SiteRequest, SiteResponse } from './site-response';

/**
 * One request on a site host (`<slug>.<ROOT_DOMAIN>`, a custom domain, any unknown host), as both
 * servers hand it over: the standalone site server (src/modules/host/site-request-listener.ts,
 * behind node:http — `npm start`'s front and the self-hosted site process) and the Next route
 * handler Vercel keeps behind its CDN (src/app/site-host). One function for both, so the two paths
 * can't drift: files, the lead form, the newsletter's double opt-in and the neutral 503.
 */
export type SiteHttpRequest = {
  host: string | null;
  /** Path and query as the visitor asked for them. */
  path: string;
  method: string;
  acceptEncoding: string | null;
  ifNoneMatch: string | null;
  isHttps: boolean;
  /** The caller's address from a source the client can't write (rate limits of the lead form). */
  clientIp: string;
  /** The body, or 'too-large' past `limit` bytes; only read for the forms' POSTs. */
  readBody(limit: number): Promise<Uint8Array | 'too-large'>;
  /** False when the surrounding server compresses responses itself (Next.js does). */
  compress: boolean;
};

// A contact form is a few hundred bytes; anything near this is not one.
const MAX_FORM_BYTES = 32 * 1024;

const isConfirmPath = (path: string) => /^\/__forms\/confirm\/?(\?|$)/.test(path);
const isLeadPath = (path: string) => path.startsWith('/__forms/lead');

const encoder = new TextEncoder();
function asSiteResponse(page: { status: number; headers: Record<string, string>; body: string }): SiteResponse {
  return { status: page.status, headers: page.headers, body: encoder.encode(page.body) };
}

async function readForm(req: SiteHttpRequest): Promise<Record<string, string>> {
  // The site's forms post application/x-www-form-urlencoded (the HTML default); anything else, a
  // body past the cap or bytes that are not UTF-8 read as empty → "check the form" (400).
  const bytes = await req.readBody(MAX_FORM_BYTES).catch(() => null);
  const raw = bytes instanceof Uint8Array ? decodeUtf8(bytes) : null;
  const fields: Record<string, string> = {};
  new URLSearchParams(raw ?? '').forEach((value, key) => {
    fields[key] = value;
  });
  return fields;
}

/** The newsletter's confirmation link: a page with a Confirm button (opening it confirms nothing). */
async function getConfirm(req: SiteHttpRequest): Promise<SiteResponse> {
  const query = new URL(req.path, 'http://site').searchParams;
  const site = await resolveSiteHost(req.host);
  // `l`: the language the visitor signed up in (checked against the site's locales by the page);
  // `t` is the token's name in links mailed before it was `token`.
  return asSiteResponse(
    await newsletterConfirmPage(site, query.get('token') ?? query.get('t') ?? '', query.get('l') ?? undefined, req.isHttps),
  );
}

async function postConfirm(req: SiteHttpRequest): Promise<SiteResponse> {
  const fields = await readForm(req);
  const outcome = await confirmNewsletter({ host: req.host, token: fields.t ?? '' });
  return asSiteResponse(await newsletterConfirmedPage(outcome, req.isHttps, fields.l));
}

async function postLead(req: SiteHttpRequest): Promise<SiteResponse> {
  const fields = await readForm(req);
  const outcome = await recordLead({
    host: req.host,
    ip: req.clientIp,
    form: fields,
    siteOrigin: req.host ? `${req.isHttps ? 'https' : 'http'}://${req.host}` : undefined,
  });
  const page = fields.page ? `/${fields.page}` : '/';
  const back =
    fields.locale && outcome.site && fields.locale !== outcome.site.manifest.defaultLocale
      ? `/${fields.locale}${page === '/' ? '/' : page}`
      : page;
  return asSiteResponse(await leadResponsePage(outcome, back, req.isHttps));
}

function route(req: SiteHttpRequest): Promise<SiteResponse> {
  const isConfirm = isConfirmPath(req.path);
  const isForm = isConfirm || isLeadPath(req.path);
  if (req.method === 'GET' && isConfirm) return getConfirm(req);
  if (req.method === 'POST' && isForm) return isConfirm ? postConfirm(req) : postLead(req);
  // Everything else is a file (or the site's 404): OPTIONS, PUT, DELETE… get 405 with the methods
  // the path takes — the forms' paths also take POST.
  return serveSiteFile({
    allow: isForm ? 'GET, HEAD, POST' : 'GET, HEAD',
    host: req.host,
    path: req.path,
    method: req.method,
    acceptEncoding: req.acceptEncoding,
    ifNoneMatch: req.ifNoneMatch,
    isHttps: req.isHttps,
    compress: req.compress,
  });
}

/**
 * The answer to a site-host request. A database or storage outage gives the neutral 503 with the
 * site's own headers (reported through `onError`), never a stack trace or a framework's error page.
 * Bytes served are metered by serveSiteFile in memory; the caller schedules the flush
 * (flushSiteTrafficSoon) the way its runtime allows.
 */
export async function answerSiteRequest(req: SiteHttpRequest, onError: (err: unknown) => void): Promise<SiteResponse> {
  try {
    return await route(req);
  } catch (err) {
    onError(err);
    return neutralPage(503, baseSiteHeaders(req.isHttps));
  }
}

/**
 * answerSiteRequest's answer without waiting, when it is a file whose site and bytes this process
 * already holds (GET and HEAD outside the forms' paths, as `route` sends them to serveSiteFile);
 * null means "take answerSiteRequest". The site server's hot path.
 */
export function answerSiteRequestFromMemory(req: SiteRequest): SiteResponse | null {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.method === 'GET' && isConfirmPath(req.path))) return null;
  try {
    return serveSiteFileFromMemory(req);
  } catch {
    return null; // answerSiteRequest meets the same error and answers (and reports) it
  }
}
