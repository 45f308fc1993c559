import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeGetVersionDocument } from '@/modules/drafts/draft-ref';
import type { QuestionFieldName } from '@/modules/document/lead-forms';
import { questionLabelsIn, type FormQuestionLabels } from './question-labels-in';
import type { LiveSite } from './resolve-site-host';
import { deployments } from './schema';

// A deployment's document never changes, so its forms' question labels are read once per process
// and kept (only forms with questions, a few words each); the oldest go first past the cap. On
// globalThis for the same reason as resolve-site-host.ts's cache: Next bundles routes separately.
const MAX_CACHED_DEPLOYMENTS = 500;
const g = globalThis as typeof globalThis & { __pmQuestionLabels?: Map<string, FormQuestionLabels> };
const cache = (g.__pmQuestionLabels ??= new Map());

async function labelsOfDeployment(site: LiveSite): Promise<FormQuestionLabels> {
  const hit = cache.get(site.deploymentId);
  if (hit) return hit;
  const db = await unsafeSystemDb("a lead's question labels come from the live deployment's own document");
  const [row] = await db
    .select({ siteVersionId: deployments.siteVersionId })
    .from(deployments)
    .where(eq(deployments.id, site.deploymentId));
  const document = row?.siteVersionId ? await unsafeGetVersionDocument(row.siteVersionId, site.projectId) : null;
  const labels = document ? questionLabelsIn(document) : { defaultLocale: site.manifest.defaultLocale, sections: {} };
  if (cache.size >= MAX_CACHED_DEPLOYMENTS) cache.delete(cache.keys().next().value!);
  cache.set(site.deploymentId, labels);
  return labels;
}

/**
 * The labels of the question fields a visitor answered, as the form of section `sectionId` showed
 * them in `locale` (the site's default when it has no such locale), read from the document the live
 * deployment was built from (system code: the visitor is anonymous; scoped to the deployment the
 * host resolved). Why not a hidden input with the label in the form: a label the visitor posts is
 * a label anyone can forge ("Paid: yes" on the owner's Leads page), while the document's is the
 * owner's own words. It costs one document read per deployment and process, only for submissions
 * that carry questions.
 */
export async function unsafeLoadQuestionLabels(
  site: LiveSite,
  sectionId: string | undefined,
  locale: string | undefined,
  names: readonly QuestionFieldName[],
): Promise<Partial<Record<QuestionFieldName, string>>> {
  if (!sectionId || names.length === 0) return {};
  const { defaultLocale, sections } = await labelsOfDeployment(site);
  const section = Object.hasOwn(sections, sectionId) ? sections[sectionId]! : {};
  const labels = (locale && Object.hasOwn(section, locale) ? section[locale] : section[defaultLocale]) ?? {};
  return Object.fromEntries(names.flatMap((name) => (labels[name] ? [[name, labels[name]]] : [])));
}
