import { unsafeReadPrimaryHost } from '@/modules/domains/unsafe-domain-routing';
import { customDomainOrigin, siteOrigin } from './site-url';

/**
 * The origin a project's site is built for — its canonical, hreflang, sitemap and Open Graph URLs:
 * the primary custom domain while it is served (live, or failing within its grace period), else
 * `<slug>.<ROOT_DOMAIN>`. Every other address of the site answers 301 to this one.
 */
export async function canonicalSiteOrigin(project: { projectId: string; slug: string }): Promise<string> {
  const primary = await unsafeReadPrimaryHost(project.projectId);
  return primary ? customDomainOrigin(primary) : siteOrigin(project.slug);
}
