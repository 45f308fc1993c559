import { chooseSectionVariant } from './choose-section-variant';
import { text, type ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';
import type { SiteStyle } from '@/modules/brief/kind-types';

/**
 * Each section's look from the site's style and its own lists (choose-section-variant.ts, the
 * rules the AI engine follows too); variants without a rule stay as their builder chose.
 */
export function pickVariants(drafts: readonly DraftObject[], style: SiteStyle, env: ComposeEnv): DraftObject[] {
  const heroAlt = env.family.gallery[1] ?? env.family.gallery[0];
  return drafts.map((draft) => {
    const rng = env.rng.fork(`variant:${String(draft.id)}`);
    const variant = chooseSectionVariant({
      type: String(draft.type),
      style,
      section: draft,
      pick: (items) => rng.pick(items),
      heroHasPicture: heroAlt !== undefined,
    });
    if (!variant || variant === draft.variant) return draft;
    if (draft.type === 'hero' && variant === 'split' && heroAlt) return splitHero(draft, heroAlt, env);
    return { ...draft, variant };
  });
}

/** A split hero's picture: stock art in the site's palette (the owner swaps in a photo). */
function splitHero(draft: DraftObject, alt: NonNullable<ComposeEnv['family']['gallery'][number]>, env: ComposeEnv): DraftObject {
  return {
    ...draft,
    variant: 'split',
    image: { src: `/stock/${env.brief.kind.family}-hero.svg`, alt: text(env, alt), width: 1200, height: 900 },
  };
}
