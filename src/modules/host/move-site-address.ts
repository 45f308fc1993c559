import type { VerifiedClaims } from '@/lib/auth/claims';
import { isAppError } from '@/lib/errors';
import { requestPublish } from './request-publish';
import { forgetSiteHost } from './resolve-site-host';

/**
 * After a project's address (slug) changed: the old host stops serving at once, and a published
 * site is rebuilt for the new one — its files carry the address in canonical, hreflang, Open Graph
 * and sitemap links. Until that build is live, the new host serves the previous build.
 * Returns whether a rebuild was queued.
 */
export async function moveSiteAddress(claims: VerifiedClaims, project: { id: string; slug: string; previousSlug: string; isPublished: boolean }): Promise<boolean> {
  if (project.slug === project.previousSlug) return false;
  forgetSiteHost(project.previousSlug);
  forgetSiteHost(project.slug);
  if (!project.isPublished) return false;
  try {
    await requestPublish(claims, { projectId: project.id });
    return true;
  } catch (err) {
    // A past-due owner can't rebuild; the site keeps serving (with the old links) at the new address.
    if (isAppError(err) && err.code === 'PAYMENT_REQUIRED') return false;
    throw err;
  }
}
