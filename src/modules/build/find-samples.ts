import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * One place where sample content remains, said structurally: the pre-publish check words it in
 * English for the deployment record, and the editor lists it with a button to the exact section.
 */
export type SampleFinding =
  | { kind: 'name' }
  | { kind: 'post'; pageSlug: string }
  | { kind: 'phone'; pageSlug: string; sectionId: string }
  | { kind: 'items'; pageSlug: string; sectionId: string; sectionType: string; count: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function countSamples(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countSamples(item), 0);
  if (!isRecord(value)) return 0;
  return (value.isSample === true ? 1 : 0) + Object.values(value).reduce((sum: number, child) => sum + countSamples(child), 0);
}

/** Every place sample content remains, in page and section order (what checkSamples blocks on). */
export function findSamples(document: SiteDocument): SampleFinding[] {
  const found: SampleFinding[] = [];
  // No name was given: the header shows a marked placeholder until the person writes theirs.
  if (document.site.isNameSample === true) found.push({ kind: 'name' });
  for (const page of document.pages) {
    if (page.post?.isSample === true) found.push({ kind: 'post', pageSlug: page.slug });
    for (const section of page.sections) {
      // The line asking for a phone gives way once the person enters the number (the page then
      // shows the number and not the line), so it no longer blocks.
      const isPhoneGiven = section.type === 'contact' && Boolean(section.details?.phone) && section.details?.phoneToAdd?.isSample === true;
      const count = countSamples(section) - (isPhoneGiven ? 1 : 0);
      const where = { pageSlug: page.slug, sectionId: section.id };
      // Not an example we wrote but a fact we asked for: say which.
      if (section.type === 'contact' && !isPhoneGiven && section.details?.phoneToAdd?.isSample === true && count === 1)
        found.push({ kind: 'phone', ...where });
      else if (count > 0) found.push({ kind: 'items', ...where, sectionType: section.type, count });
    }
  }
  return found;
}
