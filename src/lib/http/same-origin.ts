/**
 * Whether a state-changing request may act with the cookies it carries: it comes from the app's
 * own pages, not from another site the person happens to have open (CSRF). The session cookies
 * are SameSite=Lax, which stops cross-site form posts in modern browsers only, and not from a
 * sibling subdomain (same *site*); this checks the origin itself, as Next does for server actions.
 *
 * - `Origin` present: its host must be the request's own (X-Forwarded-Host, else Host, else the
 *   URL's), or the configured APP_URL's origin. A page on another origin cannot forge either
 *   header: Origin is set by the browser, and X-Forwarded-Host is not a header a cross-origin
 *   page may send without a CORS preflight, which we never grant.
 * - `Origin: null` (sandboxed frames, data: URLs, some cross-origin redirects): refused.
 * - No `Origin`: browsers send one with every POST, PUT, PATCH and DELETE, same-origin or not, so
 *   its absence means a client that is not a browser (curl, a script, a test) or a very old one.
 *   Such a client only holds cookies somebody gave it on purpose; there is no ambient session to
 *   abuse, so it passes — unless Fetch Metadata says a browser sent it from another site
 *   (`Sec-Fetch-Site: cross-site` / `same-site`), which is refused.
 */
export function isSameOriginRequest(request: { headers: Headers; url: string }, appUrl: string): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
  }
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false; // includes the literal "null"
  }
  if (originUrl.origin === safeOrigin(appUrl)) return true;
  const ownHosts = [
    request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(),
    request.headers.get('host')?.trim(),
    safeHost(request.url),
  ];
  const originHost = originUrl.host.toLowerCase();
  return ownHosts.some((host) => Boolean(host) && host!.toLowerCase() === originHost);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
