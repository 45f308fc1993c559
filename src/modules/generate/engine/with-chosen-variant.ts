import type { SiteDocument } from '@/modules/document/site-document-schema';
import { chooseSectionVariant } from '@/modules/composer/choose-section-variant';
import { createRng, hashText } from '@/modules/composer/random';
import { describeSite } from './describe-site';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A generated section (texts inline) with the variant `document`'s style gives it, by the rules
 * the offline composer follows (choose-section-variant.ts). Section calls are not asked for
 * these variants (build-section-schema.ts), and one a model wrote anyway (a server without
 * guided decoding) is overruled. The style is the page frame's: a section call may start before
 * the plan has written it, but by the time its output is merged the frame carries it. Choices
 * between equals are seeded by the site's name and the section's id, so the same plan
 * regenerated keeps its look.
 */
export function withChosenVariant(
  document: SiteDocument,
  type: string,
  sectionId: string,
  generated: Record<string, unknown>,
): Record<string, unknown> {
  const rng = createRng(hashText(`${describeSite(document).name}:variant:${sectionId}`));
  const variant = chooseSectionVariant({
    type,
    style: document.theme.style,
    section: generated,
    pick: (items) => rng.pick(items),
    // Section calls are asked for no hero image (we have no photo to put there): a split hero only with one.
    heroHasPicture: isRecord(generated.image),
  });
  return variant ? { ...generated, variant } : generated;
}
