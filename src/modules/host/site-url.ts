import { getEnv } from '@/lib/env';

function siteScheme(): 'https' | 'http' {
  return new URL(getEnv().APP_URL).protocol === 'https:' ? 'https' : 'http';
}

/** The public origin of a project's site: `<slug>.<ROOT_DOMAIN>` with the app's scheme. */
export function siteOrigin(slug: string): string {
  return `${siteScheme()}://${slug}.${getEnv().ROOT_DOMAIN}`;
}

/**
 * The public origin of a site on a custom domain: the app's scheme, and ROOT_DOMAIN's port when it
 * has one (sites on custom domains are answered by the same front as `<slug>` hosts: locally
 * `http://padaria.test:3000`, in production `https://padaria.com.br`).
 */
export function customDomainOrigin(name: string): string {
  const port = /:(\d+)$/.exec(getEnv().ROOT_DOMAIN)?.[1];
  return `${siteScheme()}://${name}${port ? `:${port}` : ''}`;
}
