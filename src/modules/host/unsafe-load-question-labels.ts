import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeGetVersionDocument } from '@/modules/drafts/draft-ref';
import type { QuestionFieldName } from '@/modules/document/lead-forms';
import { questionLabelsIn } from './question-labels-in';
import type { LiveSite } from './resolve-site-host';
import { deployments } from './schema';

/**
 * The labels of the question fields a visitor answered, read from the document the live
 * deployment was built from (system code: the visitor is anonymous; scoped to the deployment the
 * host resolved). Why not a hidden input with the label in the form: a label the visitor posts is
 * a label anyone can forge ("Paid: yes" on the owner's Leads page), while the document's is the
 * owner's own words. It costs one document read per submission that has questions — forms without
 * questions read nothing — and submissions are rate-limited per visitor and per site.
 */
export async function unsafeLoadQuestionLabels(
  site: LiveSite,
  sectionId: string | undefined,
  locale: string | undefined,
  names: readonly QuestionFieldName[],
): Promise<Partial<Record<QuestionFieldName, string>>> {
  if (!sectionId || names.length === 0) return {};
  const db = await unsafeSystemDb("a lead's question labels come from the live deployment's own document");
  const [row] = await db
    .select({ siteVersionId: deployments.siteVersionId })
    .from(deployments)
    .where(eq(deployments.id, site.deploymentId));
  if (!row?.siteVersionId) return {};
  const document = await unsafeGetVersionDocument(row.siteVersionId, site.projectId);
  return document ? questionLabelsIn(document, sectionId, locale, names) : {};
}
