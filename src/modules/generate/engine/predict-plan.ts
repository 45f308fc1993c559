import type { FontPairing, PalettePreset } from '@/modules/document/theme';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import type { SiteContext } from './build-prompts';
import { enforceBriefPlan, likelySectionIds } from './enforce-brief-plan';
import { PLAN_MAX_SECTIONS, planSectionTypes, type PlannedSection, type SiteStyle } from './plan-schema';

/** The language family of a site locale, for the kind's label ("padaria" / "bakery" / "panadería"). */
function labelLanguage(locale: string): 'en' | 'pt' | 'es' {
  const language = locale.slice(0, 2);
  return language === 'pt' || language === 'es' ? language : 'en';
}

/** Every section gets the id `normalizePlan` would give it (`faq`, `faq-2`), so it can be matched to the final plan. */
function withIds(types: readonly PlannedSection['type'][]): PlannedSection[] {
  const used = new Set<string>();
  return types.map((type) => {
    let id: string = type;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${type}-${suffix}`;
    used.add(id);
    return { id, type, brief: '' };
  });
}

/**
 * Hero, footer and contact are on every plan and what the brief asks for must be; the kind's
 * usual others are likely. Each early call holds one of the engine's concurrent slots, so only
 * as many are started as there are slots, surest first; the rest start from their plan line.
 */
function mostLikelyFirst(sections: PlannedSection[], brief: SiteBrief): PlannedSection[] {
  const requested = new Set<string>(likelySectionIds(brief));
  const rank = (section: PlannedSection) => (section.id === 'hero' || section.id === 'footer' ? 0 : requested.has(section.id) ? 1 : 2);
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

// The pairing that reads as each style (the offline composer's first choice for it, pick-theme.ts):
// the brief's page frame shows in it until the plan's own look is written.
const STYLE_FONTS: Record<SiteStyle, FontPairing> = {
  minimal: 'modern-sans',
  bold: 'geometric',
  elegant: 'classic-serif',
  playful: 'humanist',
};

export type PredictedPlan = {
  /** What the section calls are told about the site before the model's plan has named it. */
  context: SiteContext & { style: SiteStyle };
  /** The schema.org type the brief names (the frame the early calls' output is checked against). */
  kind: SiteBrief['kind']['schemaKind'];
  /** The look of the brief's page frame, shown until the plan's own is written. */
  palette: PalettePreset;
  fonts: FontPairing;
  /** The sections to start now, surest first. */
  sections: PlannedSection[];
  /** Every predicted section's id in page order (where drafts go until the plan says; link targets). */
  pageIds: string[];
};

/** A food business's offerings are read off a menu; any other's are its services or products. */
const MENU_FAMILIES: ReadonlySet<SiteBrief['kind']['family']> = new Set(['food']);

/**
 * The middle of the page the brief's own data implies, before what it asks for is added: each
 * section is there because the brief has something for it to say, not because of a per-kind
 * table (no offline composer on the AI path). What it offers → a features section (and a menu
 * for food); what it is, who runs it or whom it serves → about; a business with offerings has
 * customers → testimonials, unless the profession may not show them; practical facts a visitor
 * asks about (hours, prices, where, delivery, booking) → FAQ. A wrong guess costs only tokens:
 * the final plan decides and a section it does not keep is stopped.
 */
function sectionsFromBriefData(brief: SiteBrief): PlannedSection['type'][] {
  const items = brief.items ?? [];
  const hasOfferings = brief.facts.offerings.length > 0 || items.some((item) => item.role === 'offering');
  const types: PlannedSection['type'][] = [];
  if (hasOfferings) types.push('features');
  const isAbout =
    Boolean(brief.what) || brief.audience !== null || brief.facts.people.length > 0 || items.some((item) => item.role === 'credential');
  if (isAbout) types.push('about');
  if (hasOfferings && (MENU_FAMILIES.has(brief.kind.family) || brief.features.includes('menu'))) types.push('menu');
  if (hasOfferings && !brief.regulated?.avoid.includes('testimonials')) types.push('testimonials');
  const hasPractical =
    Boolean(brief.facts.openingHours?.length) ||
    brief.facts.prices.length > 0 ||
    brief.location !== null ||
    brief.features.some((feature) => feature === 'delivery' || feature === 'booking');
  if (hasPractical) types.push('faq');
  return types.filter((type) => planSectionTypes.includes(type));
}

/**
 * The sections a plan for this brief will very likely hold, known before the model writes a
 * word: the sections the brief's data implies (sectionsFromBriefData) plus every section the
 * brief asks for, laid out as `normalizePlan` and `enforceBriefPlan` would (hero first, footer
 * last, at most PLAN_MAX_SECTIONS), the surest first and no more than `limit` (the engine's
 * concurrent calls). The engine starts these sections' calls at once, while the plan streams
 * (30 tokens/s makes a ~150-token plan a 5 s wait); the final plan still decides, and a guess it
 * does not keep is stopped and never reaches the page. Only ever a head start.
 *
 * The context is what the plan prompt would settle on: the name as given, or (none given) the
 * kind in plain words, which is exactly what the plan is told to write as `name` then. The frame's
 * look is neutral (the person's style, else minimal, on the slate palette) until the plan's own
 * look is written a second or so later.
 */
export function predictPlan(brief: SiteBrief, locales: readonly string[], style: SiteStyle | undefined, limit: number): PredictedPlan {
  const middle = sectionsFromBriefData(brief).slice(0, PLAN_MAX_SECTIONS - 3);
  // The same additions the final plan gets, so a requested section is started now, not later;
  // contact is where the brief's ways to reach the business go, so nearly every plan has it.
  const enforced = enforceBriefPlan({ sections: withIds(['hero', ...middle, 'contact', 'footer']) }, brief).sections;
  const all = withIds(enforced.map((section) => section.type));
  const language = labelLanguage(locales[0] ?? 'en');
  const label = brief.kind.label[language];
  const chosenStyle = style ?? 'minimal';
  return {
    context: {
      name: brief.name ?? label.charAt(0).toUpperCase() + label.slice(1),
      kind: brief.kind.schemaKind,
      tagline: '',
      style: chosenStyle,
    },
    kind: brief.kind.schemaKind,
    palette: 'slate',
    fonts: STYLE_FONTS[chosenStyle],
    sections: mostLikelyFirst(all, brief).slice(0, limit),
    pageIds: all.map((section) => section.id),
  };
}
