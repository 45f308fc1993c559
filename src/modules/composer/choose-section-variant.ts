import { sectionRegistry, type SectionType } from '@/modules/document/section-registry';
import type { Theme } from '@/modules/document/theme';

type SiteStyle = Theme['style'];

export type ChooseSectionVariantInput = {
  type: string;
  style: SiteStyle;
  /**
   * The section as written, texts inline (`items`, `plans`, `image`): how long its lists are
   * decides some variants.
   */
  section: Readonly<Record<string, unknown>>;
  /**
   * A stable choice between equally good variants: the offline composer's seeded generator, the
   * engine's one seeded from the site's name. Never Math.random: the same plan regenerated keeps
   * its look.
   */
  pick: <T>(items: readonly T[]) => T;
  /**
   * Whether a split hero gets a picture beside it. Offline it adds stock art when its phrase bank
   * has an alt text; the engine asks for no hero image (build-section-schema.ts), so it has none.
   */
  heroHasPicture: boolean;
};

type Rule = (input: ChooseSectionVariantInput) => string;

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Section variants by the site's style, so a bakery, a law firm and a software company do not
 * share one skeleton: an elegant site opens with a large typographic headline and sets its
 * features as a list, a playful one opens beside a picture, a bold one alternates. Lists decide
 * the rest (a long menu in two columns, four plans as a table). Which sections a site has is the
 * kind's decision (the plan, or the offline composer); this only decides how they look.
 */
const RULES: Partial<Record<SectionType, Rule>> = {
  hero: ({ style, pick, heroHasPicture }) => {
    const wanted = { minimal: pick(['centered', 'split']), bold: pick(['typographic', 'split']), elegant: 'typographic', playful: 'split' }[
      style
    ];
    // A split hero without its picture is a left-aligned text block: its style's text-only look instead.
    if (wanted === 'split' && !heroHasPicture) return style === 'minimal' ? 'centered' : 'typographic';
    return wanted;
  },
  features: ({ style, pick }) => (style === 'elegant' ? 'list' : style === 'minimal' ? pick(['cards', 'list']) : 'cards'),
  testimonials: ({ style }) => (style === 'elegant' || style === 'minimal' ? 'quote' : 'cards'),
  about: ({ style, pick }) => (style === 'bold' || style === 'playful' ? pick(['image-left', 'image-right']) : 'image-right'),
  gallery: ({ style }) => (style === 'bold' ? 'wide' : 'grid'),
  cta: ({ style }) => (style === 'elegant' || style === 'minimal' ? 'card' : 'band'),
  menu: ({ section }) => (count(section.items) >= 6 ? 'two-column' : 'list'),
  pricing: ({ section }) => (count(section.plans) > 3 ? 'table' : 'cards'),
  services: ({ section }) => (count(section.items) > 4 ? 'list' : 'cards'),
};

/** Types whose look is ours to choose (a rule above, or a single variant): a section call does not ask the model for one. */
export const typesWithChosenVariant: ReadonlySet<string> = new Set(
  (Object.keys(sectionRegistry) as SectionType[]).filter((type) => RULES[type] || sectionRegistry[type].variants.length === 1),
);

/**
 * The variant a section gets on a site of `style`; undefined for types without a rule (contact,
 * footer, hours…: their writer's choice stands). Both the offline composer and the AI engine
 * call this, so the same style gives the same look whichever wrote the copy.
 */
export function chooseSectionVariant(input: ChooseSectionVariantInput): string | undefined {
  const type = input.type as SectionType;
  const rule = Object.hasOwn(RULES, type) ? RULES[type] : undefined;
  if (rule) return rule(input);
  const variants: readonly string[] | undefined = Object.hasOwn(sectionRegistry, type) ? sectionRegistry[type].variants : undefined;
  return variants?.length === 1 ? variants[0] : undefined;
}
