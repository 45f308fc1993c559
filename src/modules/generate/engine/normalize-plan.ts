import type { SectionType } from '@/modules/document/section-registry';
import { businessKinds, type Business } from '@/modules/document/site-document-schema';
import { PLAN_MAX_SECTIONS, type ModelPlan, type PlannedSection, type SiteStyle, type SitePlan } from './plan-schema';

/** `businessKind` is the person's hint (a schema.org type, or a word like "bakery"); only an exact schema.org type overrides the model. */
export type PlanOverrides = { style?: SiteStyle; businessKind?: string };

function asSchemaKind(hint: string | undefined): Business['kind'] | undefined {
  const wanted = hint?.trim().toLowerCase();
  return wanted ? businessKinds.find((kind) => kind.toLowerCase() === wanted) : undefined;
}

/** `faq`, `faq-2`, … in plan order: deterministic, so a stored plan maps onto its document. */
function assignIds(sections: Array<{ type: SectionType; brief: string }>): PlannedSection[] {
  const used = new Set<string>();
  return sections.map(({ type, brief }) => {
    let id: string = type;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${type}-${suffix}`;
    used.add(id);
    return { id, type, brief };
  });
}

/**
 * Layout is ours, not the model's: exactly one hero, first, and one footer, last (added when the
 * model left them out), at most PLAN_MAX_SECTIONS in all; what the person chose explicitly
 * (style, kind of business) wins over what the model guessed.
 */
export function normalizePlan(plan: ModelPlan, overrides: PlanOverrides = {}): SitePlan {
  const { sections: types, ...rest } = plan;
  const sections = types.map((type) => ({ type, brief: '' }));
  const hero = sections.find((section) => section.type === 'hero') ?? { type: 'hero' as const, brief: '' };
  const footer = sections.find((section) => section.type === 'footer') ?? { type: 'footer' as const, brief: '' };
  const middle = sections.filter((section) => section.type !== 'hero' && section.type !== 'footer');
  const ordered = [hero, ...middle.slice(0, PLAN_MAX_SECTIONS - 2), footer];
  return {
    ...rest,
    kind: asSchemaKind(overrides.businessKind) ?? plan.kind,
    style: overrides.style ?? plan.style,
    sections: assignIds(ordered),
  };
}
