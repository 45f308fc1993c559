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
