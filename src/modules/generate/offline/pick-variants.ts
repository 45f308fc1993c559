import { text, type ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';
import type { Rng } from './random';
import type { SiteStyle } from './types';

type VariantRule = (style: SiteStyle, rng: Rng) => string | undefined;

/**
 * Section variants by the site's style, so a bakery, a law firm and a software company do not
 * share one skeleton: an elegant site opens with a large typographic headline and sets its
 * features as a list, a playful one opens beside a picture, a bold one alternates. The kind
 * already chose which sections a site has (and a list long enough for "two-column" menus or
 * "table" prices); this only decides how they look, and leaves variants it has no rule for.
 */
const RULES: Partial<Record<string, VariantRule>> = {
  hero: (style, rng) =>
    ({ minimal: rng.pick(['centered', 'split']), bold: rng.pick(['typographic', 'split']), elegant: 'typographic', playful: 'split' })[
      style
    ],
  features: (style, rng) => (style === 'elegant' ? 'list' : style === 'minimal' ? rng.pick(['cards', 'list']) : 'cards'),
  testimonials: (style) => (style === 'elegant' || style === 'minimal' ? 'quote' : 'cards'),
  about: (style, rng) => (style === 'bold' || style === 'playful' ? rng.pick(['image-left', 'image-right']) : 'image-right'),
  gallery: (style) => (style === 'bold' ? 'wide' : 'grid'),
  cta: (style) => (style === 'elegant' || style === 'minimal' ? 'card' : 'band'),
};

export function pickVariants(drafts: readonly DraftObject[], style: SiteStyle, env: ComposeEnv): DraftObject[] {
  return drafts.map((draft) => {
    const rule = typeof draft.type === 'string' ? RULES[draft.type] : undefined;
    const variant = rule?.(style, env.rng.fork(`variant:${String(draft.id)}`));
    if (!variant || variant === draft.variant) return draft;
    if (draft.type === 'hero' && variant === 'split') return splitHero(draft, style, env);
    return { ...draft, variant };
  });
}

/** A split hero needs a picture: stock art in the site's palette (the owner swaps in a photo), or none → its text-only look. */
function splitHero(draft: DraftObject, style: SiteStyle, env: ComposeEnv): DraftObject {
  const alt = env.family.gallery[1] ?? env.family.gallery[0];
  if (!alt) return { ...draft, variant: style === 'minimal' ? 'centered' : 'typographic' };
  return {
    ...draft,
    variant: 'split',
    image: { src: `/stock/${env.brief.kind.family}-hero.svg`, alt: text(env, alt), width: 1200, height: 900 },
  };
}
