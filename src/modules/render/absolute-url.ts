import { safeUrl } from './safe-url';

/**
 * `path` resolved against the site's public origin when we know it (canonical, og:url and
 * og:image must be absolute); otherwise the path itself, or undefined when `absoluteOnly`.
 */
export function absoluteUrl(baseUrl: string | undefined, path: string, absoluteOnly = false): string | undefined {
  const safe = safeUrl(path);
  if (/^https?:\/\//i.test(safe)) return safe;
  const base = baseUrl && /^https?:\/\//i.test(baseUrl) && safeUrl(baseUrl) !== '#' ? baseUrl.replace(/\/+$/, '') : undefined;
  if (safe.startsWith('/') && base) return base + safe;
  return absoluteOnly ? undefined : safe;
}
