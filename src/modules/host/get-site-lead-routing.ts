import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { getCrm } from '@/lib/crm/get-crm';
import { withRls } from '@/lib/db/with-rls';
import { siteLeadRouting } from './schema';

/**
 * Where a site's form leads go besides the owner's notification and webhook endpoints: whether
 * they also go to the agency's CRM, and whether there is a CRM at all (the page offers the switch
 * only then). Null when RLS hides the project.
 */
export async function getSiteLeadRouting(claims: VerifiedClaims, input: { projectId: string }) {
  const [row] = await withRls(claims, (tx) =>
    tx.select({ leadsToCrm: siteLeadRouting.leadsToCrm }).from(siteLeadRouting).where(eq(siteLeadRouting.projectId, input.projectId)),
  );
  return row ? { leadsToCrm: row.leadsToCrm, isCrmConfigured: getCrm().kind !== 'none' } : null;
}
