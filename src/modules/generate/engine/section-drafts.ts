import { parseLenientJson } from '@/lib/lenient-json';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { placeholderFor } from '@/modules/document/placeholder-for';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import type { GenerationEvent } from './generation-types';
import { mergePlannedSection } from './merge-planned-section';
import type { Emit } from './run-event-stream';

/** What drafts are laid over: the page so far (frame or finished sections) and the plan's order of ids. */
export type DraftBase = { document: SiteDocument; planIds: readonly string[] };

export type SectionDrafts = {
  /** The accumulated output of a section's call so far (one attempt's text). */
  update(sectionId: string, type: SectionType, text: string): void;
  /** The section is on the page for good, failed or was dropped: no more drafts of it. */
  settle(sectionId: string): void;
  /**
   * The page the drafts are laid over changed (a new frame, the final plan, a finished section).
   * `now`: paint the drafts over it at once rather than at the next tick (a finished section's
   * event shows only finished sections; the draft right after it puts the others back).
   */
  setBase(base: DraftBase, now?: boolean): void;
  /** The generation ended: nothing more is emitted. */
  stop(): void;
};

const DEFAULT_INTERVAL_MS = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One partly written section over `document`, through the same merge (schema repair, sanitizing,
 * URL checks) as a finished one: the fields written so far that fit the schema, nothing else. A
 * field still being written (or one the schema refuses yet, like a half-built list item) is
 * dropped from the end until the rest fits. Texts not written yet are blank, never a placeholder
 * word. Null until at least one text has something to show.
 */
function draftSection(
  document: SiteDocument,
  text: string,
  type: SectionType,
  sectionId: string,
  planIds: readonly string[],
  siteBrief: SiteBrief | undefined,
) {
  const parsed = parseLenientJson(text);
  if (!parsed.ok || !isRecord(parsed.value)) return null;
  const fields = Object.entries(parsed.value);
  const index = Math.max(0, planIds.indexOf(sectionId));
  for (let count = fields.length; count > 0; count -= 1) {
    const merged = mergePlannedSection(document, Object.fromEntries(fields.slice(0, count)), {
      sectionId,
      type,
      planIds,
      index,
      siteBrief,
    });
    if (!merged.ok) continue;
    const section = merged.document.pages.find((page) => page.slug === '')?.sections.find((s) => s.id === merged.sectionId);
    let hasText = false;
    for (const key of new Set(findKeysIn(section))) {
      for (const locale of merged.document.i18n.locales) {
        const strings = merged.document.i18n.strings[locale];
        if (!strings) continue;
        if (strings[key] === placeholderFor(key)) strings[key] = '';
        else if (strings[key]?.trim()) hasText = true;
      }
    }
    return hasText ? merged.document : null;
  }
  return null;
}

/**
 * Streams sections into the preview while their calls are still writing them (issue 9 #7: "a
 * section's fields stream into the preview as they are decoded"). Each call's accumulated text is
 * read leniently (jsonrepair closes the cut-off end), validated field by field through the
 * section merge, and laid over the page so far; a `section-draft` event carries that page. Drafts
 * are for the eye only: never saved, never charged, never a base for later work — the section's
 * own `section` event, made from the complete and validated output, replaces its draft.
 * `siteBrief` is the generation's brief: a drafted hero's buttons lead where the finished one's will.
 * Emission is throttled (the first draft at once, then at most one per `intervalMs`), because
 * every event carries a whole document.
 */
export function createSectionDrafts(emit: Emit<GenerationEvent>, siteBrief?: SiteBrief, intervalMs = DEFAULT_INTERVAL_MS): SectionDrafts {
  const partials = new Map<string, { type: SectionType; text: string }>();
  let base: DraftBase | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastEmitAt = -Infinity;
  let lastShown = '';
  let isStopped = false;

  function flush() {
    timer = null;
    if (isStopped || !base) return;
    const onPage = new Set(base.document.pages.find((page) => page.slug === '')?.sections.map((section) => section.id) ?? []);
    const order = (id: string) => {
      const at = base?.planIds.indexOf(id) ?? -1;
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    let document = base.document;
    const shown: string[] = [];
    for (const [sectionId, partial] of [...partials].sort(([a], [b]) => order(a) - order(b))) {
      if (onPage.has(sectionId)) continue;
      const drafted = draftSection(document, partial.text, partial.type, sectionId, base.planIds, siteBrief);
      if (!drafted) continue;
      document = drafted;
      shown.push(`${sectionId}:${partial.text.length}`);
    }
    const signature = shown.join();
    // Nothing left to draw where drafts were shown: one empty draft says so (the studio then shows the page itself).
    if (signature === lastShown || (shown.length === 0 && lastShown === '')) return;
    lastShown = signature;
    lastEmitAt = performance.now();
    emit({ type: 'section-draft', sectionIds: shown.map((entry) => entry.split(':')[0]), document });
  }

  function schedule() {
    if (isStopped || timer) return;
    const wait = lastEmitAt + intervalMs - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  }

  return {
    update(sectionId, type, text) {
      if (isStopped) return;
      partials.set(sectionId, { type, text });
      schedule();
    },
    settle(sectionId) {
      partials.delete(sectionId);
    },
    setBase(next, now = false) {
      base = next;
      // Repaint over the new page even when the drafts themselves did not change.
      lastShown = lastShown === '' ? '' : '\u0000';
      if (now && !isStopped) {
        if (timer) clearTimeout(timer);
        flush();
      } else schedule();
    },
    stop() {
      isStopped = true;
      partials.clear();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
