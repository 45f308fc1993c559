import { isSpanContextValid, trace } from '@opentelemetry/api';
import { NextResponse, type NextRequest } from 'next/server';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { getAuthSecret } from '@/lib/auth/secret';
import { verifyAccessToken } from '@/lib/auth/tokens';
import { describeAdapters, getEnv } from '@/lib/env';
import { REQUEST_REFERENCE_COOKIE } from '@/lib/request-reference';
import { REQUEST_ID_HEADER, logOperation, requestIdFrom } from '@/lib/log';
import { rememberRequestId, takeRequestId } from '@/lib/telemetry/request-ids';
import { checkServerActionRequest, isPossibleServerAction } from '@/lib/http/check-server-action-request';
import { isAppHost } from '@/modules/host/site-host-name';
import { FRAME_SCRIPT_CSP_SOURCE } from '@/modules/render/frame-script-hash';

const isDev = process.env.NODE_ENV !== 'production';

/** The trace Next opened for this request (it runs a Node.js proxy in-process, inside it). */
function activeTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context.traceId : undefined;
}

/** A document load or a client-side navigation (an RSC fetch), not a prefetch or an asset. */
function isPageLoad(request: NextRequest): boolean {
  if (request.method !== 'GET') return false;
  if (request.headers.has('next-router-prefetch')) return false;
  // Published sites and shared previews carry no cookie of the app's (cookie isolation).
  if (!isAppHost(request.headers.get('host'))) return false;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/') || pathname.startsWith('/auth/') || isAppStatic(pathname) || isSharedPreviewRequest(pathname))
    return false;
  return request.headers.get('rsc') === '1' || (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * The error pages show the id of the request that failed ("reference: …", src/app/error.tsx). A
 * client error boundary cannot read the response's headers, so the last page load's id is also
 * in a short-lived cookie the page reads. Not httpOnly on purpose: it is no secret (it is in the
 * response header too) and only the page's own script needs it.
 */
function setReferenceCookie(response: NextResponse, request: NextRequest, requestId: string): void {
  response.cookies.set(REQUEST_REFERENCE_COOKIE, requestId, {
    path: '/',
    maxAge: 600,
    sameSite: 'lax',
    secure: isHttps(request),
    httpOnly: false,
  });
}

/**
 * The dashboard's own CSP: scripts only with this response's nonce ('strict-dynamic' lets Next's
 * nonced bootstrap load its chunks), so an injected inline script or attribute handler never runs.
 * Next reads the policy from the *request* header and puts the nonce on the scripts it renders;
 * the root layout adds it to its own (x-nonce). Styles keep 'unsafe-inline': React and Radix set
 * style attributes, and a style can't run code. Published sites are served on other hosts with a
 * stricter, inline-free policy (src/modules/host/serve-site-file.ts).
 */
/**
 * With Supabase Storage, browsers upload files straight to its resumable endpoint (never through
 * the app): that origin, and only when it is in use, joins connect-src.
 */
function uploadOrigin(): string {
  if (describeAdapters().storage !== 'supabase') return '';
  try {
    return ` ${new URL(getEnv().NEXT_PUBLIC_SUPABASE_URL ?? '').origin}`;
  } catch {
    return '';
  }
}

export function appContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // The scripted frames' own script (editor canvas, studio preview), by hash (src/modules/render/frame-script-hash.ts). On every
    // page, not only the editor's: a client-side navigation keeps the first page's policy.
    `script-src 'self' 'nonce-${nonce}' ${FRAME_SCRIPT_CSP_SOURCE} 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${uploadOrigin()}`,
    "frame-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

const APP_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Browsers only honour HSTS received over TLS; behind a TLS-terminating proxy the scheme arrives in X-Forwarded-Proto. */
function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

function withAppHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  for (const [name, value] of Object.entries(APP_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request)) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

/** A stored file's bytes (`/api/files/<id>`, not the TUS upload endpoint). */
function isUserFileRequest(pathname: string): boolean {
  return /^\/api\/files\/[0-9a-f-]{36}$/.test(pathname);
}

/**
 * A share-a-preview page, its stylesheet or a photo of it (src/app/share), or the landing's
 * example site and its stylesheet (src/app/example): served with the published sites' headers.
 */
function isSharedPreviewRequest(pathname: string): boolean {
  return (
    /^\/share\/[A-Za-z0-9_-]{1,100}(\/styles\.css|\/files\/[0-9a-f-]{36})?$/.test(pathname) || /^\/example(\/styles\.css)?$/.test(pathname)
  );
}

function isAppStatic(pathname: string): boolean {
  return /^\/(icons\/|sw\.js$|register-sw\.js$|manifest\.webmanifest$|favicon|offline$)/.test(pathname);
}

/**
 * Runs before routing (Node.js runtime). It does three cheap things and no
 * authorization: pages and actions check the session themselves and RLS
 * checks again.
 *  0. Rewrites requests for published sites (`<slug>.<ROOT_DOMAIN>`) to the site host handler.
 *  1. Passes the path to pages (x-pm-pathname) so sign-in can return there.
 *  2. Local auth: an expired access token with a refresh cookie goes through
 *     /auth/refresh, a route handler that may set cookies (Server Components cannot).
 *  3. Supabase auth: lets @supabase/ssr refresh its cookies (its documented pattern).
 *  4. Server actions: refuses a cross-origin (403), oversized (413) or malformed (400) action
 *     request before Next decodes it — Next answers all of those with a 500
 *     (check-server-action-request.ts). The action itself still validates its input.
 */
async function routeRequest(request: NextRequest, requestId: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  // Published sites (`<slug>.<ROOT_DOMAIN>`, later custom domains) and unknown hosts never reach
  // the app's pages: the site handler serves the site or the neutral 404.
  if (!isAppHost(request.headers.get('host'))) {
    // Next routes a rewrite in-process only when its origin equals the server's own. Next 16
    // renames 127.0.0.1 and [::1] to "localhost" in request URLs, so `next start -H 127.0.0.1`
    // turns this rewrite into an HTTP self-proxy that loses the Host header (vercel/next.js#94745):
    // bind to localhost, 0.0.0.0 or a hostname instead (README, "Deploying").
    const url = new URL('/site-host', request.url);
    const siteHeaders = new Headers(request.headers);
    siteHeaders.set('x-pm-site-path', pathname + search);
    siteHeaders.set(REQUEST_ID_HEADER, requestId);
    return NextResponse.rewrite(url, { request: { headers: siteHeaders } });
  }
  // People's uploaded files carry their own, stricter headers (src/app/api/files/[fileId]/route.ts:
  // a CSP that allows nothing and sandboxes, frame-ancestors 'self'). The app's page policy would
  // replace them — and its frame-ancestors 'none' would stop the app's own PDF preview.
  if ((request.method === 'GET' || request.method === 'HEAD') && isUserFileRequest(pathname)) return NextResponse.next();
  // Share links show a draft as its site will look: the route sets the sites' strict CSP and
  // noindex itself, and the app's policy would replace them.
  if ((request.method === 'GET' || request.method === 'HEAD') && isSharedPreviewRequest(pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = appContentSecurityPolicy(nonce);
  if (isAppStatic(pathname)) return withAppHeaders(NextResponse.next(), request, csp);
  if (isPossibleServerAction(request)) {
    // The proxy reads a copy of the body (Next keeps the original for the action).
    const refused = await checkServerActionRequest(request, getEnv().APP_URL);
    if (refused) {
      const response = new NextResponse(`${refused.status === 403 ? 'Forbidden' : 'Bad server action request'}: ${refused.reason}\n`, {
        status: refused.status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
      return withAppHeaders(response, request, csp);
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-pm-pathname', pathname + search);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const isPageGet = request.method === 'GET' && !pathname.startsWith('/auth/') && !pathname.startsWith('/api/');
  if (describeAdapters().auth === 'local') {
    const refresh = request.cookies.get(COOKIE.refresh)?.value;
    if (isPageGet && refresh) {
      const access = await verifyAccessToken(request.cookies.get(COOKIE.access)?.value, getAuthSecret());
      if (!access) {
        const url = new URL(`/auth/refresh?next=${encodeURIComponent(pathname + search)}`, request.url);
        return withAppHeaders(NextResponse.redirect(url), request, csp);
      }
    }
    return withAppHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  const { createServerClient } = await import('@supabase/ssr');
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL ?? '', process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY ?? '', {
    cookies: {
      getAll: () => request.cookies.getAll(),
      setAll: (cookies) => {
        for (const { name, value, options } of cookies) response.cookies.set(name, value, options);
      },
    },
  });
  await supabase.auth.getClaims();
  return withAppHeaders(response, request, csp);
}

/**
 * Every request gets an id: the caller's `x-request-id` when well-formed (a load balancer's),
 * else a new one. Pages and actions read it from the request header; the response carries it
 * back; the request's log line (src/lib/telemetry/request-spans.ts, written when Next ends the
 * render) finds it through the trace this proxy runs in. A request the proxy answers itself (a
 * redirect, a refused action) is logged here, since no render follows.
 */
export async function proxy(request: NextRequest) {
  const startedAt = performance.now();
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const trace = activeTraceId();
  if (trace) rememberRequestId(trace, requestId);
  const response = await routeRequest(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  const continues = response.headers.has('x-middleware-next') || response.headers.has('x-middleware-rewrite');
  if (!continues) {
    if (trace) takeRequestId(trace);
    logOperation({
      kind: 'request',
      requestId,
      name: 'proxy',
      method: request.method,
      status: response.status,
      outcome: response.status >= 400 ? 'refused' : 'ok',
      durationMs: performance.now() - startedAt,
    });
  } else if (isPageLoad(request)) {
    setReferenceCookie(response, request, requestId);
  }
  return response;
}

export const config = {
  // Everything but Next's own build assets: site hosts serve their own sw.js, manifest and icons.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
