import { AppError } from '@/lib/errors';

/**
 * The site's public origin ('https://padaria.pagemagic.site'), without a trailing slash.
 * Published sites are served from the root of their host, so a path, query or fragment is a
 * caller mistake; refusing it beats writing canonical URLs that point nowhere.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError('VALIDATION', 'errors.build.baseUrlInvalid', { details: { baseUrl } });
  }
  const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
  if (!isHttp || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new AppError('VALIDATION', 'errors.build.baseUrlNotOrigin', { details: { baseUrl } });
  }
  return url.origin;
}
