import { normalizeLocale } from '@/modules/document/repair-i18n';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SectionType } from '@/modules/document/section-registry';
import { SITE_DOCUMENT_VERSION, type Business, type SiteDocument } from '@/modules/document/site-document-schema';
import { navLabels, uiCopy } from './bank/headings';
import { buildFooter } from './build-people-sections';
import { sectionsForBrief } from './sections-for-brief';
import { briefToComposer } from './brief-to-composer';
import { buildBlogPosts } from './build-blog-posts';
import { extractBrief } from '../brief/extract-brief';
import type { SiteBrief } from '../brief/site-brief-schema';
import { text, type ComposeEnv } from './compose-env';
import { createComposeEnv } from './create-compose-env';
import { toKeyed, type StringTable } from './draft';
import { pickTheme } from './pick-theme';
import { pickVariants } from './pick-variants';
import { createRng, hashText } from './random';
import { buildSection } from './section-builders';
import { Text } from './text';
import type { Brief, SiteStyle } from './types';

export type ComposeOfflineSiteInput = {
  prompt: string;
  /** Site locales, default first (e.g. ['pt-BR', 'en']). en and pt-* get written copy; others read English. */
  locales: readonly string[];
  style?: SiteStyle;
  /** One of our kind ids ('bakery'), a schema.org kind ('Bakery') or free words. */
  businessKind?: string;
  /** Same prompt + seed → same document; another seed → another variant ("regenerate"). */
  seed?: number;
  /** The brief (possibly corrected by the person); read from the prompt when absent. */
  brief?: SiteBrief;
  /** Dates the starter blog posts; defaults to today. */
  now?: Date;
};

const NAV_TYPES: readonly SectionType[] = ['menu', 'services', 'pricing', 'hours', 'about', 'team', 'faq', 'donate'];

export function siteLocales(locales: readonly string[]): string[] {
  const valid = [...new Set(locales.map(normalizeLocale).filter((locale): locale is string => locale !== undefined))].slice(0, 12);
  return valid.length > 0 ? valid : ['en'];
}

/** Search results cut titles at about 70 characters, so a long one drops the place, then the label. */
function seoTitle(env: ComposeEnv, name: string): Text {
  const fits = (candidate: Text) => candidate.values().every((value) => value.length <= 70);
  const full = text(env, uiCopy.seoTitle);
  const short = text(env, uiCopy.seoTitleShort);
  return fits(full) ? full : fits(short) ? short : Text.same(name);
}

function businessFor(brief: Brief): Business {
  const { contact, place } = brief;
  // schema.org wants the locality's own name: "Lisboa", not "Lisbon".
  const locality = place ? (place.country === 'BR' || place.country === 'PT' ? place.pt : place.en) : undefined;
  const hasAddress = Boolean(contact.street || locality);
  return {
    name: brief.name,
    kind: brief.kind.schemaKind,
    ...(hasAddress
      ? {
          address: {
            ...(contact.street ? { street: contact.street } : {}),
            ...(locality ? { locality } : {}),
            ...(place?.country ? { country: place.country } : {}),
          },
        }
      : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.openingHours ? { openingHours: contact.openingHours } : {}),
  };
}

/**
 * A complete, valid, i18n-complete site from a free-text prompt, without any model: the
 * embedded default's generator. Deterministic for the same input.
 */
export function composeOfflineSite(input: ComposeOfflineSiteInput): SiteDocument {
  const locales = siteLocales(input.locales);
  const seed = input.seed ?? 0;
  const rng = createRng(hashText([input.prompt, seed, input.style ?? '', input.businessKind ?? ''].join('\u0000')));
  const site = input.brief ?? extractBrief({ prompt: input.prompt, businessKind: input.businessKind, fallbackLocales: locales });
  const brief = briefToComposer(site, input.prompt, locales[0], rng.fork('brief'));
  const types = sectionsForBrief(brief.kind.sections, site);
  const env = createComposeEnv(
    brief,
    rng.fork('sections'),
    'casual',
    types.map((type) => ({ id: type, type })),
  );

  const navTypes = [
    ...types.filter((type) => NAV_TYPES.includes(type)).slice(0, 3),
    ...(types.includes('contact') ? (['contact'] as const) : []),
  ];
  // With post pages, header and footer links must reach the home page's sections from anywhere.
  const anchorPrefix = types.includes('blog-list') ? '/#' : '#';
  const navTexts = navTypes.map((type) => ({ type, label: text(env, navLabels[type] ?? [type, type]) }));
  const composed = types.map((type) =>
    type === 'footer'
      ? buildFooter(
          { ...env, rng: env.rng.fork('section:footer') },
          'footer',
          navTexts.map((entry) => ({ label: entry.label, href: `${anchorPrefix}${entry.type}` })),
        )
      : buildSection(type, env, type),
  );
  const drafts = pickVariants(composed, input.style ?? brief.kind.style, { ...env, rng: rng.fork('design') });

  const strings: StringTable = {};
  const sections = drafts.map((draft) => toKeyed(draft, String(draft.id), locales, strings));
  const hero = drafts.find((draft) => draft.type === 'hero');
  const description = hero?.subtitle instanceof Text ? hero.subtitle : text(env, uiCopy.tagline);
  const put = (key: string, value: Text) => toKeyed(value, key, locales, strings);
  const document = {
    version: SITE_DOCUMENT_VERSION,
    site: { nameKey: put('site.name', Text.same(brief.name)) },
    theme: pickTheme(brief, input.style, rng.fork('theme')),
    seo: {
      titleKey: put('seo.title', seoTitle(env, brief.name)),
      descriptionKey: put('seo.description', description),
      business: businessFor(brief),
    },
    navigation: navTexts.map((entry) => ({ labelKey: put(`nav.${entry.type}`, entry.label), href: `${anchorPrefix}${entry.type}` })),
    i18n: { defaultLocale: locales[0], locales, strings },
    pages: [
      { slug: '', kind: 'page', titleKey: put('home.title', text(env, uiCopy.home)), sections },
      ...(types.includes('blog-list') ? buildBlogPosts(env, input.now ?? new Date(), put) : []),
    ],
  };

  const parsed = parseSiteDocument(document);
  if (!parsed.ok) {
    // Our own output failing the contract is a bug in the composer, never the person's fault.
    throw new Error(
      `offline composer built an invalid document: ${parsed.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`,
    );
  }
  return parsed.document;
}
