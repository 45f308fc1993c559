import { chooseHeroTargets } from '../choose-hero-targets';
import type { BriefFeature, BriefItem, SiteBrief } from '../brief/site-brief-schema';
import { uiCopy } from './bank/headings';
import { buildMenu, buildServices } from './build-offer-sections';
import { heading, link, text, type ComposeEnv } from './compose-env';
import { addressText, givenPriceText, hoursText } from './derived-text';
import type { DraftObject } from './draft';
import { textLangs, type TextLang } from './languages';
import { capitalize, Text } from './text';
import { listIn, wordsText, type WordsKey, type WordsVars } from './words-copy';

/**
 * Sections written from the person's words (issue 31): the hero says what the business is in
 * their words, every offering they named is a card with its own title, credentials, schedule
 * items, channels and topics each get their place, and the only sentences we add are connective
 * ones (headings, buttons, "for {audience}"). A kind's own copy is used only when the brief is
 * certain of the kind and the person named no offerings.
 */

type Key = Exclude<WordsKey, '$comment'>;

export type WordsEnv = ComposeEnv & { site: SiteBrief; isCertain: boolean; isSolo: boolean };

function itemsOf(env: WordsEnv, role: BriefItem['role']): BriefItem[] {
  return (env.site.items ?? []).filter((item) => item.role === role && !item.feature);
}

/** The person's words as a heading or card title: first letter up, nothing else changed. */
export function own(words: string): Text {
  return Text.same(capitalize(words.trim()));
}

/** Placeholder values in every language: the place from the composer's vars, the rest as given. */
function varsOf(env: WordsEnv, extra: (lang: TextLang) => Record<string, string> = () => ({})): WordsVars {
  const what = env.site.what || env.vars.en.noun || '';
  return Object.fromEntries(
    textLangs.map((lang) => [
      lang,
      { what, inPlace: env.vars[lang].inPlace, place: env.vars[lang].place, name: env.brief.name, ...extra(lang) },
    ]),
  ) as unknown as WordsVars;
}

export function words(env: WordsEnv, key: Key, extra?: (lang: TextLang) => Record<string, string>): Text {
  return wordsText(key, varsOf(env, extra));
}

/** The person's words about a feature ("galeria de trabalhos", "horários dos cultos"), if they said more than its name. */
export function featureNote(env: WordsEnv, feature: BriefFeature): string | undefined {
  return (env.site.items ?? []).find((item) => item.role === 'topic' && item.feature === feature)?.text;
}

function offerings(env: WordsEnv): BriefItem[] {
  return itemsOf(env, 'offering').slice(0, 12);
}

function audience(env: WordsEnv): string | undefined {
  return itemsOf(env, 'audience')[0]?.text;
}

export function buildWordsHero(env: WordsEnv, id: string): DraftObject {
  const targets = chooseHeroTargets({ targets: env.targets, siteBrief: env.site });
  const listed = offerings(env)
    .slice(0, 4)
    .map((item) => item.text);
  const who = audience(env);
  const subtitle =
    listed.length > 0
      ? words(env, who ? 'heroListAudience' : 'heroList', (lang) => ({ list: listIn(lang, listed), audience: who ?? '' }))
      : who
        ? words(env, 'heroAudience', () => ({ audience: who }))
        : undefined;
  // With a name the headline is the name, and what it is leads above it; without one the
  // headline is what the business is, where: never a name we made up.
  const hasName = env.brief.isNameStated;
  const features = env.site.features;
  const primary = features.includes('booking')
    ? words(env, 'bookingAction')
    : features.includes('quote')
      ? words(env, 'quoteAction')
      : env.targets.offers && env.targets.offers !== env.targets.contact
        ? env.isCertain
          ? text(env, env.copy.action)
          : words(env, 'offersAction')
        : words(env, 'contactAction');
  const primaryHref = features.includes('booking') || features.includes('quote') ? `#${env.targets.contact ?? 'contact'}` : targets.primary;
  return {
    id,
    type: 'hero',
    variant: 'centered',
    ...(hasName && env.site.what ? { eyebrow: words(env, 'heroEyebrow') } : {}),
    title: hasName ? Text.same(env.brief.name) : words(env, 'heroTitle'),
    ...(subtitle ? { subtitle } : {}),
    primaryCta: link(primary, primaryHref),
    secondaryCta: link(
      targets.isSecondaryWhatsApp ? words(env, 'whatsappAction') : words(env, 'contactAction'),
      targets.isSecondaryWhatsApp ? targets.secondary : `#${env.targets.contact ?? 'contact'}`,
    ),
  };
}

/** A price the person gave for this offering (its label names it). */
function priceFor(env: WordsEnv, title: string): Text | undefined {
  const folded = title.toLowerCase();
  const price = env.site.facts.prices.find((candidate) => candidate.label && folded.includes(candidate.label.toLowerCase()));
  return price ? givenPriceText(price, env.site.languages) : undefined;
}

/** Every offering the person named, in their words; the kind's typical offers only when certain and none were named. */
export function buildOfferings(env: WordsEnv, id: string): DraftObject {
  const named = offerings(env);
  const isMenu = env.site.features.includes('menu') || (env.isCertain && env.brief.kind.offerSection === 'menu');
  if (named.length === 0) return isMenu ? buildMenu(env, id) : buildServices(env, id);
  const delivery = env.site.features.includes('delivery') ? words(env, 'deliveryLine') : undefined;
  const title = featureNote(env, 'menu')
    ? own(featureNote(env, 'menu')!)
    : words(env, env.isSolo ? 'offersTitleSolo' : env.site.what && isProductLike(env) ? 'offersTitleMade' : 'offersTitle');
  if (isMenu) {
    return {
      id,
      type: 'menu',
      variant: named.length >= 6 ? 'two-column' : 'list',
      title,
      ...(delivery ? { intro: delivery } : {}),
      items: named.map((item) => ({ name: own(item.text), price: priceFor(env, item.text) })),
    };
  }
  return {
    id,
    type: 'services',
    variant: named.length > 4 || named.some((item) => item.text.length > 40) ? 'list' : 'cards',
    title,
    ...(delivery ? { intro: delivery } : {}),
    items: named.map((item) => ({ title: own(item.text), price: priceFor(env, item.text) })),
  };
}

function isProductLike(env: WordsEnv): boolean {
  return (env.site.items ?? []).some((item) => item.role === 'offering' && item.text === env.site.what);
}

/** A list of the person's own phrases under a heading: credentials, schedule items, channels. */
export function buildPhraseList(env: WordsEnv, id: string, role: 'credential' | 'schedule' | 'channel' | 'audience'): DraftObject {
  const items = itemsOf(env, role).slice(0, 8);
  const title: Key =
    role === 'credential' ? 'credentialsTitle' : role === 'schedule' ? 'scheduleTitle' : role === 'channel' ? 'channelsTitle' : 'audienceTitle';
  if (role === 'schedule') {
    return { id, type: 'services', variant: 'list', title: words(env, title), items: items.map((item) => ({ title: own(item.text) })) };
  }
  return {
    id,
    type: 'features',
    variant: 'list',
    title: words(env, title),
    items: items.map((item) => ({ icon: role === 'credential' ? 'check' : role === 'channel' ? 'globe' : 'heart', title: own(item.text) })),
  };
}

/**
 * What the business is and what the person said about it, as sentences: "Sorriso Leve: clínica
 * odontológica em Recife." plus the descriptions they wrote, as they wrote them.
 */
export function buildWordsAbout(env: WordsEnv, id: string): DraftObject | null {
  const details = itemsOf(env, 'detail').map((item) => sentence(item.text));
  const who = audience(env);
  if (details.length === 0 && !who) return null;
  const opening = env.site.what ? (env.brief.isNameStated ? words(env, 'aboutWhat') : words(env, 'aboutWhatNoName')) : undefined;
  const parts: Text[] = [...(opening ? [opening] : []), ...details.map((detail) => Text.same(detail))];
  if (who && offerings(env).length === 0) parts.push(words(env, 'aboutAudience', () => ({ audience: who })));
  const body = Text.from((lang) => parts.map((part) => part.in(lang)).join(' '));
  return { id, type: 'about', variant: 'image-right', title: words(env, env.isSolo ? 'aboutTitleSolo' : 'aboutTitle'), body };
}

function sentence(words: string): string {
  const trimmed = capitalize(words.trim());
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A topic the person wants a section about ("adoção", "first visit tips"): its title, and a marked text to write. */
export function buildTopic(env: WordsEnv, id: string, topic: string): DraftObject {
  return {
    id,
    type: 'about',
    variant: 'image-left',
    title: own(topic),
    body: words(env, 'topicSample', () => ({ topic: topic.trim() })),
    isSample: true,
  };
}

/** Questions answered from the person's facts only; a marked sample when there are too few. */
export function buildFactFaq(env: WordsEnv, id: string): DraftObject {
  const { facts, features } = env.site;
  const items: DraftObject[] = [];
  const qa = (question: Key, answer: Text) => items.push({ question: words(env, question), answer });
  if (env.brief.contact.openingHours) qa('faqWhen', hoursText(env.brief.contact.openingHours));
  const address = addressText(env.brief);
  if (address) qa('faqWhere', address);
  if (features.includes('booking')) qa('faqHowToBook', words(env, 'faqHowToBookAnswer'));
  if (features.includes('quote')) qa('faqHowToQuote', words(env, 'faqHowToQuoteAnswer'));
  if (facts.whatsapp) qa('faqHowToReach', words(env, 'faqHowToReachWhatsapp', () => ({ phone: facts.phones[0] ?? `+${facts.whatsapp}` })));
  else if (facts.phones[0]) qa('faqHowToReach', words(env, 'faqHowToReachPhone', () => ({ phone: facts.phones[0]! })));
  if (facts.prices.length > 0)
    qa(
      'faqPrices',
      Text.from((lang) =>
        listIn(
          lang,
          facts.prices.map((price) => (price.label ? `${capitalize(price.label)}: ${givenPriceText(price, env.site.languages).in(lang)}` : givenPriceText(price, env.site.languages).in(lang))),
        ),
      ),
    );
  if (features.includes('delivery')) qa('faqDelivery', words(env, 'faqDeliveryAnswer'));
  if (items.length < 2) items.push({ question: words(env, 'faqSampleQuestion'), answer: words(env, 'faqSampleAnswer'), isSample: true });
  const note = featureNote(env, 'faq');
  return { id, type: 'faq', variant: 'accordion', title: note ? own(note) : heading(env, 'faq'), items: items.slice(0, 6) };
}

/**
 * Prices the person gave, with their own labels and units; asked for without prices, the
 * offerings they named with a marked "price on request" — never a SaaS tier.
 */
export function buildWordsPricing(env: WordsEnv, id: string): DraftObject {
  const given = env.site.facts.prices;
  const cta = link(text(env, uiCopy.planCta), `#${env.targets.contact ?? 'contact'}`);
  const note = featureNote(env, 'pricing');
  const title = note ? own(note) : words(env, 'pricingTitle');
  if (given.length > 0) {
    return {
      id,
      type: 'pricing',
      variant: given.length > 3 ? 'table' : 'cards',
      title,
      plans: given.slice(0, 4).map((price) => ({
        name: price.label ? own(price.label) : env.site.what ? own(env.site.what) : text(env, uiCopy.planCta),
        price: givenPriceText(price, env.site.languages),
        ...(price.period ? { period: periodText(price.period) } : {}),
        featureKeys: [],
        cta,
      })),
    };
  }
  const named = offerings(env).slice(0, 4);
  const plans = (named.length > 0 ? named.map((item) => item.text) : [env.site.what || '']).filter(Boolean);
  return {
    id,
    type: 'pricing',
    variant: 'cards',
    title,
    plans: (plans.length > 0 ? plans : ['—']).map((name) => ({
      name: own(name),
      price: words(env, 'priceOnRequest'),
      featureKeys: [],
      cta,
      isSample: true,
    })),
  };
}

function periodText(period: NonNullable<SiteBrief['facts']['prices'][number]['period']>): Text {
  const labels: Record<typeof period, Record<TextLang, string>> = {
    hour: { en: '/hour', 'pt-BR': '/hora', 'pt-PT': '/hora', es: '/hora' },
    day: { en: '/day', 'pt-BR': '/dia', 'pt-PT': '/dia', es: '/día' },
    week: { en: '/week', 'pt-BR': '/semana', 'pt-PT': '/semana', es: '/semana' },
    month: { en: '/month', 'pt-BR': '/mês', 'pt-PT': '/mês', es: '/mes' },
    year: { en: '/year', 'pt-BR': '/ano', 'pt-PT': '/ano', es: '/año' },
  };
  return Text.of(labels[period]);
}

/** The contact section's opening line: the person's words about how to reach them, else what the form is for. */
export function contactIntro(env: WordsEnv): Text {
  const note = featureNote(env, 'quote') ?? featureNote(env, 'booking');
  if (note) return Text.same(sentence(note));
  const { features } = env.site;
  return words(env, features.includes('booking') ? 'contactIntroBooking' : features.includes('quote') ? 'contactIntroQuote' : 'contactIntro');
}

export function seoDescription(env: WordsEnv): Text {
  const listed = offerings(env)
    .slice(0, 3)
    .map((item) => item.text);
  return listed.length > 0 ? words(env, 'seoDescriptionList', (lang) => ({ list: listIn(lang, listed) })) : words(env, 'seoDescription');
}
