import { getEnv } from '@/lib/env';

/** The public origin of a project's site: `<slug>.<ROOT_DOMAIN>` with the app's scheme. */
export function siteOrigin(slug: string): string {
  const env = getEnv();
  const scheme = new URL(env.APP_URL).protocol === 'https:' ? 'https' : 'http';
  return `${scheme}://${slug}.${env.ROOT_DOMAIN}`;
}
