import { textLangOf, textLangs } from '@/modules/brief/languages';
import type { LangVars } from './template-vars';
import { normalizeLocale } from '@/modules/document/repair-i18n';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SectionType } from '@/modules/document/section-registry';
import { SITE_DOCUMENT_VERSION, type Business, type SiteDocument } from '@/modules/document/site-document-schema';
import { navLabels, uiCopy } from './headings';
import { buildBlogList, buildContact, buildFooter, buildGallery, withAskFor } from './build-people-sections';
import { buildDonate, buildHours, buildNewsletter } from './build-feature-sections';
import {
  buildFactFaq,
  buildWordsCta,
  buildOfferings,
  buildPhraseList,
  buildTopic,
  buildWordsAbout,
  buildGoodToKnow,
  buildExclusions,
  buildWordsHero,
  buildWordsPricing,
  isEveryPriceOnACard,
  isPlanPricing,
  isWhatOurLabel,
  contactIntro,
  featureNote,
  own,
  scheduleTitleKey,
  seoDescription,
  words,
  type WordsEnv,
} from './build-words-sections';
import { buildPlaceholderTeam, buildPlaceholderTestimonials } from './build-placeholder-people';
import { kindCopy } from './kind-copy';
import type { DraftObject } from './draft';
import type { BriefFeature, BriefItem } from '@/modules/brief/site-brief-schema';
import { briefToComposer } from './brief-to-composer';
import { buildBlogPosts } from './build-blog-posts';
import { extractBrief } from '@/modules/brief/extract-brief';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { text, type ComposeEnv } from './compose-env';
import { createComposeEnv } from './create-compose-env';
import { toKeyed, type StringTable } from './draft';
import { pickTheme } from './pick-theme';
import { pickVariants } from './pick-variants';
import { templateVars } from './template-vars';
import { createRng, hashText } from './random';
import { Text } from '@/modules/brief/text';
import type { Brief } from './types';
import type { SiteStyle } from '@/modules/brief/kind-types';

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

const NAV_TYPES: readonly SectionType[] = ['menu', 'services', 'pricing', 'hours', 'about', 'team', 'faq', 'donate', 'gallery'];

/** A header link's label: the kind's word for a kind section, the section's own title for the person's lists. */
function navLabel(env: WordsEnv, entry: Planned): Text {
  if (entry.id === 'schedule') return words(env, scheduleTitleKey(env));
  // A price list is a menu section, but its link says prices ("Prices", "Preços"), not "Menu".
  if (entry.id === 'pricing' && entry.type === 'menu') return words(env, 'pricingTitle');
  return text(env, navLabels[entry.type] ?? [entry.type, entry.type]);
}

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

function businessFor(brief: Brief, name: string): Business {
  const { contact, place } = brief;
  // schema.org wants the locality's own name: "Lisboa", not "Lisbon".
  const locality = place ? (place.country === 'BR' || place.country === 'PT' ? place.pt : place.en) : undefined;
  const hasAddress = Boolean(contact.street || locality);
  return {
    name,
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

type Planned = { id: string; type: SectionType; build: (env: WordsEnv) => DraftObject | null };

/**
 * One thing said about when ("Maio a julho", "Domingo só se for comitiva com pressa") is no
 * programme: a section titled "What's on" holding one line reads as an empty page. It is told with
 * what a visitor should know; two or more make the programme.
 */
function withLoneScheduleTold(site: SiteBrief): SiteBrief {
  const items = site.items ?? [];
  const schedule = items.filter((item) => item.role === 'schedule' && !item.feature);
  if (schedule.length !== 1) return site;
  return { ...site, items: items.map((item) => (item === schedule[0] ? { ...item, role: 'detail' as const } : item)) };
}

/**
 * The page, section by section, from the brief: the person's words first (offerings, credentials,
 * schedule, what they said about the business, the topics they asked for), then every feature
 * they asked for, then contact and footer. Nothing is here because a kind usually has it.
 */
function planSections(site: SiteBrief, isTypical: boolean, hasMenu: boolean): Planned[] {
  const items = site.items ?? [];
  const has = (role: BriefItem['role']) => items.some((item) => item.role === role && !item.feature);
  const asked = (feature: BriefFeature) => site.features.includes(feature);
  const plan: Planned[] = [{ id: 'hero', type: 'hero', build: (env) => buildWordsHero(env, 'hero') }];
  const offerType: SectionType = hasMenu ? 'menu' : 'services';
  if (has('offering') || isTypical || asked('menu'))
    plan.push({ id: offerType, type: offerType, build: (env) => buildOfferings(env, offerType) });
  if (has('credential'))
    plan.push({ id: 'credentials', type: 'features', build: (env) => buildPhraseList(env, 'credentials', 'credential') });
  if (has('schedule')) plan.push({ id: 'schedule', type: 'services', build: (env) => buildPhraseList(env, 'schedule', 'schedule') });
  const hasPricedMenu = hasMenu && site.facts.prices.length > 0 && site.facts.prices.every((price) => !price.period);
  if ((asked('pricing') || site.facts.prices.length > 0) && !hasPricedMenu)
    plan.push({
      id: 'pricing',
      type: isPlanPricing(site) ? 'pricing' : 'menu',
      // "Mão R$ 30, pé R$ 35": each price already stands on its offering's card — one list, not two.
      build: (env) => (isEveryPriceOnACard(env) ? null : buildWordsPricing(env, 'pricing')),
    });
  if (has('detail')) plan.push({ id: 'good-to-know', type: 'features', build: (env) => buildGoodToKnow(env, 'good-to-know') });
  if (has('exclusion')) plan.push({ id: 'exclusions', type: 'features', build: (env) => buildExclusions(env, 'exclusions') });
  plan.push({ id: 'about', type: 'about', build: (env) => buildWordsAbout(env, 'about') });
  items
    .filter((item) => item.role === 'topic' && !item.feature)
    .slice(0, 3)
    .forEach((item, index) =>
      plan.push({ id: `topic-${index + 1}`, type: 'about', build: (env) => buildTopic(env, `topic-${index + 1}`, item.text) }),
    );
  if (has('channel')) plan.push({ id: 'channels', type: 'features', build: (env) => buildPhraseList(env, 'channels', 'channel') });
  // No generic "How it works": steps the person never described say nothing about their business
  // (three held-out reviews in a row would rather have none).
  if (asked('gallery'))
    plan.push({ id: 'gallery', type: 'gallery', build: (env) => withTitle(buildGallery(env, 'gallery'), env, 'gallery') });
  if (asked('team')) plan.push({ id: 'team', type: 'team', build: (env) => buildPlaceholderTeam(env, 'team') });
  if (asked('testimonials') && !site.regulated?.avoid.includes('testimonials'))
    plan.push({ id: 'testimonials', type: 'testimonials', build: (env) => buildPlaceholderTestimonials(env, 'testimonials') });
  if (asked('blog'))
    plan.push({ id: 'blog-list', type: 'blog-list', build: (env) => withTitle(buildBlogList(env, 'blog-list'), env, 'blog') });
  if (asked('donation')) plan.push({ id: 'donate', type: 'donate', build: (env) => buildDonate(env, 'donate') });
  if (asked('faq')) plan.push({ id: 'faq', type: 'faq', build: (env) => buildFactFaq(env, 'faq') });
  if (asked('hours') || site.facts.openingHours)
    plan.push({ id: 'hours', type: 'hours', build: (env) => withTitle(buildHours(env, 'hours'), env, 'hours') });
  plan.push({ id: 'cta', type: 'cta', build: (env) => buildWordsCta(env, 'cta') });
  plan.push({
    id: 'contact',
    type: 'contact',
    // One person's contact section is titled in their voice ("Escribime", "Fale comigo"), not the
    // kind bank's "we" ("Escríbenos").
    build: (env) => ({
      ...buildContact(env, 'contact'),
      ...(env.isSolo ? { title: words(env, 'contactAction') } : {}),
      intro: withAskFor(env, contactIntro(env)),
    }),
  });
  if (asked('newsletter')) plan.push({ id: 'newsletter', type: 'newsletter', build: (env) => buildNewsletter(env, 'newsletter') });
  plan.push({ id: 'footer', type: 'footer', build: () => null });
  return plan;
}

/** The person's own words for a requested section ("Galeria de trabalhos", "Horários dos cultos") as its title. */
function withTitle(draft: DraftObject, env: WordsEnv, feature: BriefFeature): DraftObject {
  const note = featureNote(env, feature);
  return note && note.length <= 60 ? { ...draft, title: own(note) } : draft;
}

/**
 * A complete, valid, i18n-complete site from a free-text prompt, without any model: the
 * embedded default's generator. Deterministic for the same input.
 */
/**
 * No name given: wherever copy names the business ("© {name}"), it is what it is and where, in
 * each language — the title the header shows, never a placeholder on a live site.
 */
function withDescriptiveName(env: WordsEnv): WordsEnv {
  const title = words(env, 'heroTitle');
  const vars = Object.fromEntries(textLangs.map((lang) => [lang, { ...env.vars[lang], name: title.in(lang) }])) as unknown as LangVars;
  return { ...env, vars };
}

export function composeOfflineSite(input: ComposeOfflineSiteInput): SiteDocument {
  const locales = siteLocales(input.locales);
  const seed = input.seed ?? 0;
  const rng = createRng(hashText([input.prompt, seed, input.style ?? '', input.businessKind ?? ''].join('\u0000')));
  const site = withLoneScheduleTold(
    input.brief ?? extractBrief({ prompt: input.prompt, businessKind: input.businessKind, fallbackLocales: locales }),
  );
  const brief = briefToComposer(site, input.prompt, locales[0], rng.fork('brief'));
  // Briefs saved before issue 31 have no confidence: their kind was always used as certain.
  const isCertain = (site.kind.confidence ?? 'certain') === 'certain';
  const hasMenu = site.features.includes('menu') || (isCertain && brief.kind.offerSection === 'menu');
  // Typical offers of a kind only for a business described exactly as that kind, or chosen from the picker.
  const vars = templateVars(brief);
  const isTypical = isCertain && (!site.what || isWhatOurLabel({ site, isCertain, vars }) || input.businessKind === site.kind.id);
  const plan = planSections(site, isTypical, hasMenu);
  const base = createComposeEnv(
    brief,
    rng.fork('sections'),
    'casual',
    plan.map((entry) => ({ id: entry.id, type: entry.type })),
  );
  // Another kind's copy never speaks for this business: the generic bank's headings only.
  const stated: WordsEnv = {
    ...base,
    copy: isCertain ? base.copy : kindCopy('generic'),
    site,
    isCertain,
    isTypical,
    isSolo: site.isSolo === true || site.speaksAlone === true,
  };
  const env = brief.isNameStated ? stated : withDescriptiveName(stated);
  const built = plan
    .filter((entry) => entry.type !== 'footer')
    .map((entry) => ({ entry, draft: entry.build({ ...env, rng: env.rng.fork(`section:${entry.id}`) }) }))
    .filter((entry): entry is { entry: Planned; draft: DraftObject } => entry.draft !== null);
  const present = built.map(({ entry }) => entry);
  const types = present.map((entry) => entry.type);

  const navEntries = [
    ...present.filter((entry) => NAV_TYPES.includes(entry.type) && entry.id !== 'hero' && !entry.id.startsWith('topic-')).slice(0, 3),
    ...present.filter((entry) => entry.type === 'contact'),
  ];
  // With post pages, header and footer links must reach the home page's sections from anywhere.
  const anchorPrefix = types.includes('blog-list') ? '/#' : '#';
  const navTexts = navEntries.map((entry) => ({ id: entry.id, label: navLabel(env, entry) }));
  const composed = [
    ...built.map(({ draft }) => draft),
    {
      ...buildFooter(
        { ...env, rng: env.rng.fork('section:footer') },
        'footer',
        navTexts.map((entry) => ({ label: entry.label, href: `${anchorPrefix}${entry.id}` })),
      ),
      // What it is, where, in the person's words (not a bank's label for another business).
      tagline: words(env, 'aboutWhatNoName'),
    },
  ];
  // No stock art in the hero: an abstract shape is never presented as a photo of this business
  // (its alt text would be another business's words); the person adds their own photos.
  const drafts = pickVariants(composed, input.style ?? brief.kind.style, {
    ...env,
    family: { ...env.family, gallery: [] },
    rng: rng.fork('design'),
  });

  const strings: StringTable = {};
  const sections = drafts.map((draft) => toKeyed(draft, String(draft.id), locales, strings));
  const description = seoDescription(env);
  const put = (key: string, value: Text) => toKeyed(value, key, locales, strings);
  const document = {
    version: SITE_DOCUMENT_VERSION,
    site: {
      // No name given: what the business is and where, as the hero says it — never a placeholder
      // that blocks publishing, never a name we made up.
      nameKey: put('site.name', brief.isNameStated ? Text.same(brief.name) : words(env, 'heroTitle')),
      ...(brief.isNameStated ? {} : { isNameDescriptive: true as const }),
    },
    theme: pickTheme(brief, input.style, rng.fork('theme')),
    seo: {
      // No name yet: the title says what and where, in each language (no placeholder in search results).
      titleKey: put('seo.title', brief.isNameStated ? seoTitle(env, brief.name) : words(env, 'heroTitle')),
      descriptionKey: put('seo.description', description),
      // Search engines read the name the header shows: the business's, or what it is and where.
      business: businessFor(brief, brief.isNameStated ? brief.name : words(env, 'heroTitle').in(textLangOf(locales[0]) ?? 'en')),
    },
    navigation: navTexts.map((entry) => ({ labelKey: put(`nav.${entry.id}`, entry.label), href: `${anchorPrefix}${entry.id}` })),
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
