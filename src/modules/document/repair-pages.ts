import { FAILED, repairValue, type InlineText } from './repair-value';
import { pageSchema, postMetaSchema, type Page } from './site-document-schema';
import { isSectionType, sectionRegistry, type Section, type SectionType } from './section-registry';

const MAX_PAGES = 200;
const MAX_SECTIONS = 40;

// Names models commonly use for our section types.
const TYPE_ALIASES: Record<string, SectionType> = {
  'call-to-action': 'cta',
  calltoaction: 'cta',
  banner: 'hero',
  feature: 'features',
  benefits: 'features',
  service: 'services',
  testimonial: 'testimonials',
  reviews: 'testimonials',
  plans: 'pricing',
  prices: 'pricing',
  stat: 'stats',
  numbers: 'stats',
  faqs: 'faq',
  'contact-form': 'contact',
  photos: 'gallery',
  blog: 'blog-list',
  bloglist: 'blog-list',
  posts: 'blog-list',
};

type Notes = { repairs: string[]; inlineTexts: InlineText[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/\/+/g, '/')
    .replace(/(^|\/)-+|-+($|\/)/g, '$1$2')
    .replace(/^\/+|\/+$/g, '');
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let suffix = 2; used.has(name); suffix += 1) name = `${base}-${suffix}`;
  used.add(name);
  return name;
}

function sectionTypeOf(value: unknown): SectionType | undefined {
  if (typeof value !== 'string') return undefined;
  const normalized = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (isSectionType(normalized)) return normalized;
  return TYPE_ALIASES[normalized] ?? TYPE_ALIASES[normalized.replace(/-/g, '')];
}

function repairSection(raw: unknown, where: string, pagePrefix: string, usedIds: Set<string>, notes: Notes): Section | undefined {
  if (!isRecord(raw)) {
    notes.repairs.push(`${where}: dropped (not an object)`);
    return undefined;
  }
  const type = sectionTypeOf(raw.type);
  if (!type) {
    notes.repairs.push(`${where}: dropped unknown section type ${JSON.stringify(raw.type) ?? '(missing)'}`);
    return undefined;
  }
  const wantedId =
    typeof raw.id === 'string'
      ? slugify(raw.id)
          .replace(/\//g, '-')
          .replace(/^[^a-z]+/, '')
      : '';
  const id = uniqueName((wantedId || type).slice(0, 36), usedIds);
  if (id !== raw.id) notes.repairs.push(`${where}: section id set to "${id}"`);
  // Ids are unique per page but keys are global, so keys invented off the home page carry the page.
  const keyPrefix = pagePrefix === '' ? id : `${pagePrefix}.${id}`;
  const ctx = { ...notes, keyPrefix, where: `${where} (${type} "${id}")` };
  const repaired = repairValue(sectionRegistry[type].schema, { ...raw, id, type }, [], ctx);
  if (repaired === FAILED) {
    notes.repairs.push(`${where}: dropped ${type} section that could not be repaired`);
    usedIds.delete(id);
    return undefined;
  }
  return repaired as Section;
}

function repairPage(raw: Record<string, unknown>, index: number, usedSlugs: Set<string>, notes: Notes): Page | undefined {
  const where = `pages[${index}]`;
  const wantedSlug = typeof raw.slug === 'string' ? slugify(raw.slug) : `page-${index + 1}`;
  // A second home page cannot become "-2"; give it a neutral path instead.
  const slug = uniqueName(wantedSlug === '' && usedSlugs.has('') ? `page-${index + 1}` : wantedSlug, usedSlugs);
  if (slug !== raw.slug) notes.repairs.push(`${where}: slug set to "${slug}"`);
  const keyPrefix = `page.${slug === '' ? 'home' : slug.replace(/\//g, '-')}`;
  const pageCtx = { ...notes, keyPrefix, where };

  const isPost = raw.kind === 'post' || (raw.kind === undefined && isRecord(raw.post));
  let post: Page['post'];
  if (isPost) {
    const repaired = repairValue(postMetaSchema, raw.post, ['post'], pageCtx);
    if (repaired === FAILED || slug === '') notes.repairs.push(`${where}: turned into a regular page (post metadata unusable)`);
    else post = repaired as Page['post'];
  }
  const head = repairValue(pageSchema.omit({ sections: true, post: true, kind: true, slug: true }), raw, [], pageCtx);
  if (head === FAILED) return undefined;

  const usedIds = new Set<string>();
  const rawSections = Array.isArray(raw.sections) ? raw.sections : [];
  const sections = rawSections
    .map((section, sectionIndex) => repairSection(section, `${where}.sections[${sectionIndex}]`, slug.replace(/\//g, '-'), usedIds, notes))
    .filter((section): section is Section => section !== undefined)
    .slice(0, MAX_SECTIONS);
  return {
    ...(head as Omit<Page, 'sections' | 'post' | 'kind' | 'slug'>),
    slug,
    kind: post ? 'post' : 'page',
    ...(post ? { post } : {}),
    sections,
  };
}

/** Repairs the page list; a bare `sections` array becomes the home page. Empty when hopeless. */
export function repairPages(rawDocument: Record<string, unknown>, notes: Notes): Page[] {
  let rawPages: unknown[] = Array.isArray(rawDocument.pages) ? rawDocument.pages : [];
  if (rawPages.length === 0 && Array.isArray(rawDocument.sections)) {
    notes.repairs.push('pages: wrapped top-level sections into a home page');
    rawPages = [{ slug: '', kind: 'page', sections: rawDocument.sections }];
  }
  const homeIndex = rawPages.findIndex((page) => isRecord(page) && page.slug === '');
  const usedSlugs = new Set<string>();
  const pages: Page[] = [];
  rawPages.slice(0, MAX_PAGES).forEach((raw, index) => {
    if (!isRecord(raw)) {
      notes.repairs.push(`pages[${index}]: dropped (not an object)`);
      return;
    }
    // Without an explicit home, the first page becomes it: a site must have a front door.
    const source = homeIndex < 0 && pages.length === 0 ? { ...raw, slug: '', kind: 'page' } : raw;
    if (source !== raw) notes.repairs.push(`pages[${index}]: made the home page`);
    const page = repairPage(source, index, usedSlugs, notes);
    if (page) pages.push(page);
  });
  return pages;
}
