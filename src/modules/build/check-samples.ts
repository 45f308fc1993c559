import type { SiteDocument } from '@/modules/document/site-document-schema';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function countSamples(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countSamples(item), 0);
  if (!isRecord(value)) return 0;
  return (value.isSample === true ? 1 : 0) + Object.values(value).reduce((sum: number, child) => sum + countSamples(child), 0);
}

/**
 * Example content the generator wrote because the prompt did not give the facts (testimonials,
 * team members, numbers, prices, opening hours, starter blog posts), and the marked "add your phone number" where a
 * phone was asked for without the number. Blocking: published, the examples would read as real
 * claims about the business, which is exactly what the brief promises never to do, and the
 * phone line as a note to the owner where visitors look for a number.
 */
export function checkSamples(document: SiteDocument): CheckResult[] {
  const errors: string[] = [];
  // No name was given: the header shows a marked placeholder until the person writes theirs.
  if (document.site.isNameSample === true) errors.push('site: the business name to write (the header shows a placeholder)');
  for (const page of document.pages) {
    if (page.post?.isSample === true) errors.push(`${page.slug}: a sample post to rewrite in your own words (or remove)`);
    for (const section of page.sections) {
      // The line asking for a phone gives way once the person enters the number (the page then
      // shows the number and not the line), so it no longer blocks.
      const isPhoneGiven = section.type === 'contact' && Boolean(section.details?.phone) && section.details?.phoneToAdd?.isSample === true;
      const count = countSamples(section) - (isPhoneGiven ? 1 : 0);
      const where = `${page.slug === '' ? 'home' : page.slug} › ${section.id}`;
      // Not an example we wrote but a fact we asked for: say which.
      if (section.type === 'contact' && !isPhoneGiven && section.details?.phoneToAdd?.isSample === true && count === 1)
        errors.push(`${where}: the phone number to add (or remove the line asking for it)`);
      else if (count > 0)
        errors.push(
          `${where}: ${count} sample ${section.type === 'testimonials' ? 'testimonial' : 'item'}${count === 1 ? '' : 's'} to replace with real ones (or remove)`,
        );
    }
  }
  return summarizeCheck(
    'samples',
    { errors, warnings: [] },
    {
      error: (count) =>
        `${count === 1 ? 'One section or post still has' : `${count} sections or posts still have`} sample content (testimonials, prices, hours, people or blog posts we made up as examples, or a phone number still to add): replace it with real facts or remove it before publishing.`,
      warning: () => '',
      ok: 'No sample content: everything on the site comes from you.',
    },
  );
}
