import type { FontPairing, PalettePreset } from '@/modules/document/theme';
import type { SiteBrief } from '../brief/site-brief-schema';
import { composerKindOf } from '../offline/brief-to-composer';
import { sectionsForBrief } from '../offline/sections-for-brief';
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

/**
 * The sections a plan for this brief will very likely hold, known before the model writes a
 * word: the kind's usual page (the offline composer's plan for it) plus every section the brief
 * asks for, laid out as `normalizePlan` and `enforceBriefPlan` would (hero first, footer last, at
 * most PLAN_MAX_SECTIONS), the surest first and no more than `limit` (the engine's concurrent
 * calls). The engine starts these sections' calls at once, while the plan
 * streams (30 tokens/s makes a ~150-token plan a 5 s wait); the final plan still decides, and a
 * guess it does not keep is stopped and never reaches the page. Only ever a head start.
 *
 * The context is what the plan prompt would settle on: the name as given, or (none given) the
 * kind in plain words, which is exactly what the plan is told to write as `name` then.
 */
export function predictPlan(brief: SiteBrief, locales: readonly string[], style: SiteStyle | undefined, limit: number): PredictedPlan {
  const kind = composerKindOf(brief);
  const types = sectionsForBrief(kind.sections, brief).filter((type) => planSectionTypes.includes(type));
  const middle = types.filter((type) => type !== 'hero' && type !== 'footer').slice(0, PLAN_MAX_SECTIONS - 2);
  // The same additions the final plan gets, so a requested section is started now, not later.
  const enforced = enforceBriefPlan({ sections: withIds(['hero', ...middle, 'footer']) }, brief).sections;
  const all = withIds(enforced.map((section) => section.type));
  const language = labelLanguage(locales[0] ?? 'en');
  const label = brief.kind.label[language];
  const chosenStyle = style ?? kind.style;
  return {
    context: {
      name: brief.name ?? label.charAt(0).toUpperCase() + label.slice(1),
      kind: brief.kind.schemaKind,
      tagline: '',
      style: chosenStyle,
    },
    kind: brief.kind.schemaKind,
    palette: kind.palettes[0] ?? 'slate',
    fonts: STYLE_FONTS[chosenStyle],
    sections: mostLikelyFirst(all, brief).slice(0, limit),
    pageIds: all.map((section) => section.id),
  };
}
