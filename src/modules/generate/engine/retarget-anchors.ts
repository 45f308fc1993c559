import type { SiteDocument } from '@/modules/document/site-document-schema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Section calls that start while the plan is still being written are offered the link targets
 * known by then (and the likely ones), so a button may point at a section the final plan does
 * not have. Such a link would be a dead end on the published page (and the broken-links check
 * would block publishing): it is pointed at the contact section, the page's usual destination,
 * or else at the top of the page.
 */
export function retargetDanglingAnchors(document: SiteDocument): SiteDocument {
  let changed = false;
  const pages = document.pages.map((page) => {
    const ids = new Set(page.sections.map((section) => section.id));
    const fallback = ids.has('contact') ? '#contact' : `#${page.sections[0]?.id ?? ''}`;
    const visit = (value: unknown): unknown => {
      if (Array.isArray(value)) {
        const items = value.map(visit);
        return items.some((item, i) => item !== value[i]) ? items : value;
      }
      if (!isRecord(value)) return value;
      let out: Record<string, unknown> | null = null;
      for (const [key, child] of Object.entries(value)) {
        let next = visit(child);
        if (key === 'href' && typeof child === 'string' && /^#[^#]+$/.test(child) && !ids.has(child.slice(1))) next = fallback;
        if (next !== child) (out ??= { ...value })[key] = next;
      }
      return out ?? value;
    };
    const sections = page.sections.map((section) => visit(section) as typeof section);
    if (sections.some((section, i) => section !== page.sections[i])) {
      changed = true;
      return { ...page, sections };
    }
    return page;
  });
  return changed ? { ...document, pages } : document;
}
