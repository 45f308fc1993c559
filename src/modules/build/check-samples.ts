import type { SiteDocument } from '@/modules/document/site-document-schema';
import { findSamples } from './find-samples';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

/**
 * Example content the generator wrote because the prompt did not give the facts (testimonials,
 * team members, numbers, prices, opening hours, starter blog posts), and the marked "add your phone number" where a
 * phone was asked for without the number. Blocking: published, the examples would read as real
 * claims about the business, which is exactly what the brief promises never to do, and the
 * phone line as a note to the owner where visitors look for a number.
 */
export function checkSamples(document: SiteDocument): CheckResult[] {
  const errors = findSamples(document).map((finding) => {
    if (finding.kind === 'name') return 'site: the business name to write (the header shows a placeholder)';
    if (finding.kind === 'post') return `${finding.pageSlug}: a sample post to rewrite in your own words (or remove)`;
    const where = `${finding.pageSlug === '' ? 'home' : finding.pageSlug} › ${finding.sectionId}`;
    if (finding.kind === 'phone') return `${where}: the phone number to add (or remove the line asking for it)`;
    const noun = finding.sectionType === 'testimonials' ? 'testimonial' : 'item';
    return `${where}: ${finding.count} sample ${noun}${finding.count === 1 ? '' : 's'} to replace with real ones (or remove)`;
  });
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
