import { z } from 'zod';
import { parseLenientJson } from '@/lib/lenient-json';
import { businessKinds } from '@/modules/document/site-document-schema';
import { fontPairingNames, palettePresetNames } from '@/modules/document/theme';
import { PLAN_MAX_SECTIONS, planSectionTypes, siteStyles, type PlannedSection, type SitePlan } from './plan-schema';

/** The plan's site-wide fields: all the page frame needs. */
export type PlanHead = Pick<SitePlan, 'name' | 'kind' | 'tagline' | 'style' | 'palette' | 'fonts'>;

const headSchema = z.object({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(businessKinds),
  tagline: z.string().max(140),
  style: z.enum(siteStyles),
  palette: z.enum(palettePresetNames),
  fonts: z.enum(fontPairingNames),
});

const entrySchema = z.enum(planSectionTypes);

export type PlanStreamHandlers = {
  /** Once, when every site-wide field has been written (they follow the section types). */
  onHead: (head: PlanHead) => void;
  /**
   * Each section type as soon as it is complete, with the id `normalizePlan` will give it. Its
   * brief is written later in the plan, so the section is announced without one.
   */
  onSection: (section: PlannedSection) => void;
};

/**
 * Reads the plan while the model is still writing it. The plan schema puts the section types
 * first, then the site-wide fields, then SEO, and guided decoding writes
 * properties in schema order: each section call can start the moment its type is written (within
 * about a second: a type is a few tokens) and the page frame once the site-wide fields are in,
 * instead of after the whole plan (~150 tokens, 5 s at 30 tokens/s).
 *
 * Only what `normalizePlan` would keep is announced — the first hero, the first footer, at most
 * PLAN_MAX_SECTIONS − 2 others — under the id it will assign (`faq`, `faq-2`), so an early call
 * can be matched to the final plan by id and type. Anything the final plan differs on is the
 * caller's to reconcile; this only ever saves time, never decides the page.
 *
 * Returns the `onPartialText` callback: feed it the accumulated text of the current attempt.
 */
export function watchPlanStream(handlers: PlanStreamHandlers): (text: string, attempt: number) => void {
  let attemptSeen = 0;
  let headSent = false;
  let consumed = 0;
  const typeCounts = new Map<string, number>();
  let middle = 0;

  function announce(raw: unknown) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) return;
    const type = entry.data;
    const count = typeCounts.get(type) ?? 0;
    typeCounts.set(type, count + 1);
    // normalizePlan keeps one hero and one footer and caps the sections between them.
    if ((type === 'hero' || type === 'footer') && count > 0) return;
    if (type !== 'hero' && type !== 'footer') {
      middle += 1;
      if (middle > PLAN_MAX_SECTIONS - 2) return;
    }
    handlers.onSection({ id: count === 0 ? type : `${type}-${count + 1}`, type, brief: '' });
  }

  return (text, attempt) => {
    // A retried attempt writes a new plan from the start: its lines are announced afresh
    // (an id seen before keeps its call if the type matches; the caller decides).
    if (attempt !== attemptSeen) {
      attemptSeen = attempt;
      consumed = 0;
      typeCounts.clear();
      middle = 0;
    }
    if (text.indexOf('"sections"') < 0) return;
    const parsed = parseLenientJson(text);
    if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return;
    const value = parsed.value as Record<string, unknown>;
    const sections = Array.isArray(value.sections) ? value.sections : [];
    // The last type may still be being written ("faq" of "faqs"?), until the next begins or the
    // list is followed by the next field.
    const complete = 'name' in value ? sections.length : sections.length - 1;
    for (; consumed < complete; consumed += 1) announce(sections[consumed]);
    // The head is complete once the field after it (`seo`; `briefs` in plans written before they
    // were dropped) has begun; a head that fails (an unknown palette, say) is left to the plan's
    // repair at the end.
    if (!headSent && ('briefs' in value || 'seo' in value)) {
      const head = headSchema.safeParse(value);
      if (!head.success) return;
      headSent = true;
      handlers.onHead(head.data);
    }
  };
}
