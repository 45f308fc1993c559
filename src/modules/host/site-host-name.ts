import { getEnv } from '@/lib/env';

/** `padaria.pagemagic.site` → `padaria`; null for the app's own host or any other host. No I/O (the proxy uses it). */
export function slugFromHost(hostHeader: string | null | undefined, rootDomain = getEnv().ROOT_DOMAIN): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  const suffix = `.${rootDomain.toLowerCase()}`;
  if (!host.endsWith(suffix)) return null;
  const slug = host.slice(0, -suffix.length);
  return /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(slug) ? slug : null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a Host header names the app itself (dashboard, API, auth) rather than a site. Anything
 * else — a site's `<slug>.<ROOT_DOMAIN>`, a custom domain, or a host nobody configured — goes to
 * the site handler, which serves the site or the neutral 404. Accepted as the app: APP_URL's
 * host, its loopback aliases on the same port when it is local (`npm start` on localhost:3000
 * is also 127.0.0.1:3000), and `extraHosts` (Vercel's per-deployment VERCEL_URL).
 */
export function isAppHost(
  hostHeader: string | null | undefined,
  appUrl = getEnv().APP_URL,
  extraHosts: readonly (string | undefined)[] = [process.env.VERCEL_URL],
): boolean {
  if (!hostHeader) return true; // HTTP/1.0 without Host: nothing to route on, and no site to serve
  const host = hostHeader.trim().toLowerCase();
  const app = new URL(appUrl);
  if (host === app.host.toLowerCase()) return true;
  if (extraHosts.some((extra) => extra && extra.toLowerCase() === host)) return true;
  if (!LOOPBACK.has(app.hostname.toLowerCase())) return false;
  try {
    const { hostname, port } = new URL(`http://${host}`);
    return LOOPBACK.has(hostname) && port === app.port;
  } catch {
    return false; // not a host name at all: certainly not the app
  }
}
