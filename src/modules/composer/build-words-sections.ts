import { audienceWithoutLead } from '@/modules/brief/audience-without-lead';
import { chooseHeroTargets } from './choose-hero-targets';
import type { BriefFeature, BriefItem, SiteBrief } from '@/modules/brief/site-brief-schema';
import { uiCopy } from './headings';
import { buildMenu, buildServices } from './build-offer-sections';
import { channelAction, isReachedOnlyOnWhatsApp, purposeOf } from './build-people-sections';
import { heading, link, text, type ComposeEnv } from './compose-env';
import { addressText, givenPriceText, hoursText } from './derived-text';
import type { DraftObject } from './draft';
import { textLangOf, textLangs, type TextLang } from '@/modules/brief/languages';
import { capitalize, fold, Text } from '@/modules/brief/text';
import { isNegationWord } from '@/modules/brief/reading-cues';
import { isClauseWord, isClosedWordOfAny, isDeterminer } from '@/modules/brief/word-classes';
import { toldPartOf, type ToldPart } from '@/modules/brief/sort-told';
import { usesVoseo } from '@/lib/i18n/voseo';
import { listIn, rawOf, sameVars, soloKeyOf, wordsText, type WordsKey, type WordsVars } from './words-copy';

/**
 * Sections written from the person's words (issue 31): the hero says what the business is in
 * their words, every offering they named is a card with its own title, credentials, schedule
 * items, channels and topics each get their place, and the only sentences we add are connective
 * ones (headings, buttons, "for {audience}"). A kind's own copy is used only when the brief is
 * certain of the kind and the person named no offerings.
 */

type Key = Exclude<WordsKey, '$comment'>;

export type WordsEnv = ComposeEnv & {
  site: SiteBrief;
  isCertain: boolean;
  /** Described exactly as one of our kinds (or picked from the picker): its typical offers may stand in. */
  isTypical?: boolean;
  isSolo: boolean;
};

function itemsOf(env: WordsEnv, role: BriefItem['role']): BriefItem[] {
  return (env.site.items ?? []).filter((item) => item.role === role && !item.feature);
}

/** The person's words as a heading or card title: first letter up, nothing else changed. */
export function own(words: string): Text {
  return Text.same(capitalize(words.trim()));
}

/**
 * Whether what the person called the business is exactly our word for its kind in their language
 * ("barbearia", "vegan bakery"): then each language says it in its own words ("barbershop").
 */
export function isWhatOurLabel(env: Pick<WordsEnv, 'site' | 'isCertain' | 'vars'>): boolean {
  const own = textLangOf(env.site.promptLanguage);
  const what = env.site.what?.trim().toLocaleLowerCase();
  if (!env.isCertain || !own || !what) return false;
  const vars = env.vars[own];
  return [vars.label, vars.noun].some((word) => word?.toLocaleLowerCase() === what);
}

/** Placeholder values in every language: the place from the composer's vars, the rest as given. */
function varsOf(env: WordsEnv, extra: (lang: TextLang) => Record<string, string> = () => ({})): WordsVars {
  // No words of theirs for what it is, or exactly ours: each language's own word for the kind.
  const isLabel = !env.site.what || isWhatOurLabel(env);
  const what = env.site.what ?? '';
  const foldedWhat = (what || env.vars.en.label || '').toLowerCase();
  // "Tours de tuk-tuk em Lisboa": the place is already in their words.
  const saysPlace = (lang: TextLang) => Boolean(env.vars[lang].place) && foldedWhat.includes(env.vars[lang].place.toLowerCase());
  return Object.fromEntries(
    textLangs.map((lang) => [
      lang,
      {
        what: isLabel ? (env.vars[lang].label ?? what) : what,
        inPlace: saysPlace(lang) ? '' : env.vars[lang].inPlace,
        place: env.vars[lang].place,
        name: env.brief.name,
        ...extra(lang),
      },
    ]),
  ) as unknown as WordsVars;
}

/**
 * A connective text around the person's words. In a language other than theirs the sentence is
 * theirs as written (not half ours in one language, half theirs in another): the editor marks it
 * as still to translate, and a model translates it where there is one.
 */
export function words(env: WordsEnv, wanted: Key, extra?: (lang: TextLang) => Record<string, string>): Text {
  // One person says "I confirm", never "We confirm" (words-copy's "…Solo" texts).
  const key = (env.isSolo ? soloKeyOf(wanted) : undefined) ?? wanted;
  const filled = wordsText(key, varsOf(env, extra), { voseo: usesVoseo(env.site.location?.country) });
  const own = textLangOf(env.site.promptLanguage);
  const carriesTheirWords = (Boolean(env.site.what) && !isWhatOurLabel(env)) || Boolean(extra);
  if (!own || !carriesTheirWords || !/\{(what|What|list|List|audience|Audience|topic)\}/.test(rawOf(key))) return filled;
  return Text.from((lang) => (textLangOf(env.site.promptLanguage) === lang ? filled.in(lang) : filled.in(own)));
}

/** The person's words about a feature ("galeria de trabalhos", "horários dos cultos"), if they said more than its name. */
export function featureNote(env: WordsEnv, feature: BriefFeature): string | undefined {
  const note = (env.site.items ?? []).find((item) => item.role === 'topic' && item.feature === feature)?.text;
  return note !== undefined && saysMoreThanItsNoun(note) ? note : undefined;
}

/**
 * "Os preços são estes:", "los precios son estos:": a lead-in that says the feature is there — a
 * verb and a pointer at what follows — is no title of the person's own.
 */
function saysMoreThanItsNoun(note: string): boolean {
  const words = note.match(/[\p{L}]+/gu) ?? [];
  const last = fold(words.at(-1) ?? '');
  const languages = ['pt', 'es', 'en'] as const;
  const pointsAhead = languages.some((language) => isDeterminer(last, language)) || isClosedWordOfAny(last);
  const hasVerb = words.some((word) => languages.some((language) => language !== 'en' && isClauseWord(word, fold(word), language)));
  return !(pointsAhead && hasVerb);
}

function offerings(env: WordsEnv): BriefItem[] {
  return itemsOf(env, 'offering').slice(0, 12);
}

/**
 * Whom the business is for: after the page's own "para/for" without the person's ("para MEI" →
 * "MEI"), or — when they said it with a verb ("Atendemos cães, gatos e aves") — their sentence
 * whole, told as it was.
 */
function audience(env: WordsEnv): { who: string; isTold: boolean } | undefined {
  const all = itemsOf(env, 'audience');
  const said = all[0]?.text;
  if (said === undefined) return undefined;
  // "$10 adults, $5 kids under 12", "crianças a partir de 8 anos, adultos": whom it is for, named
  // in several parts — all of them, as one list in the prompt's language.
  const others = all.slice(1).map((item) => audienceWithoutLead(item.text));
  const first = audienceWithoutLead(said);
  const withOthers = (head: string) => (others.length > 0 ? listIn(textLangOf(env.site.promptLanguage) ?? 'en', [head, ...others]) : head);
  const lead = said.slice(0, said.length - first.length).trim();
  const isTold =
    lead !== '' &&
    !/^(para|pra|for|to|a|dirigid[oa]s? a|voltad[oa]s? para|aimed at|designed for|ideal (para|for)|perfect for|perfeit[oa] para|perfect[oa] para)$/i.test(
      lead,
    );
  return { who: withOthers(isTold ? said : first), isTold };
}

export function buildWordsHero(env: WordsEnv, id: string): DraftObject {
  const targets = chooseHeroTargets({ targets: env.targets, siteBrief: env.site });
  // What the headline already says ("we make X") is not repeated under it.
  const listed = [
    ...new Set(
      offerings(env)
        .filter((item) => item.text !== env.site.what)
        .map((item) => heroShort(item.text))
        .filter((short): short is string => short !== undefined),
    ),
  ]
    .slice(0, 4)
    .map(inList);
  const whom = audience(env);
  const who = whom?.who;
  const subtitle =
    listed.length > 0
      ? words(env, !who ? 'heroList' : whom?.isTold ? 'heroListTold' : 'heroListAudience', (lang) => ({
          list: listIn(lang, listed),
          audience: who ?? '',
        }))
      : who
        ? words(env, whom?.isTold ? 'heroTold' : 'heroAudience', () => ({ audience: who }))
        : undefined;
  // With a name the headline is the name, and what it is leads above it; without one the
  // headline is what the business is, where: never a name we made up.
  const hasName = env.brief.isNameStated;
  const purpose = purposeOf(env);
  const hasOffers = Boolean(env.targets.offers && env.targets.offers !== env.targets.contact);
  const primary =
    purpose === 'booking'
      ? words(env, 'bookingAction')
      : purpose === 'quote'
        ? words(env, 'quoteAction')
        : hasOffers
          ? env.isCertain
            ? text(env, env.copy.action)
            : words(env, 'offersAction')
          : contactActionOf(env);
  const contactHref = `#${env.targets.contact ?? 'contact'}`;
  const offersLink = () => link(env.isCertain ? text(env, env.copy.action) : words(env, 'offersAction'), targets.primary);
  // A booking or a quote asked for on WhatsApp or by phone, with no form for it: the main button asks there.
  const byChannel = channelAction(env);
  const primaryHref = purpose !== 'contact' || !hasOffers ? contactHref : targets.primary;
  const secondaryHref = targets.isSecondaryWhatsApp ? targets.secondary : contactHref;
  // Two buttons to the same place say nothing twice: the second one only when it goes elsewhere.
  const secondary = byChannel
    ? hasOffers
      ? offersLink()
      : undefined
    : secondaryHref === primaryHref
      ? hasOffers && purpose !== 'contact'
        ? offersLink()
        : undefined
      : link(targets.isSecondaryWhatsApp ? words(env, 'whatsappAction') : contactActionOf(env), secondaryHref);
  const primaryCta = byChannel
    ? link(words(env, `${byChannel.purpose}By${byChannel.channel}`), byChannel.href)
    : link(primary, primaryHref);
  return {
    id,
    type: 'hero',
    variant: 'centered',
    ...(hasName && env.site.what ? { eyebrow: words(env, 'heroEyebrow') } : {}),
    title: hasName ? Text.same(env.brief.name) : words(env, 'heroTitle'),
    ...(subtitle ? { subtitle } : {}),
    primaryCta,
    ...(secondary ? { secondaryCta: secondary } : {}),
  };
}

/** A price the person gave for this offering (its label names it). */
function priceFor(env: WordsEnv, title: string): Text | undefined {
  const price = pricedBy(env, title);
  return price ? priceWithPeriod(env, price) : undefined;
}

/** "5,00 €/dia", "28,00 €/hora": a price said per a period shows it, on a card as in the list (it was dropped from cards). */
function priceWithPeriod(env: WordsEnv, price: SiteBrief['facts']['prices'][number]): Text {
  return price.period
    ? Text.from((lang) => `${shownPrice(env, price).in(lang)}${periodText(price.period!).in(lang)}`)
    : shownPrice(env, price);
}

/**
 * Every price the person gave is on the card of the offering its label names (and none is a
 * plan's): a price list after the cards would say each one again. A price list the person asked
 * for in words of their own is still theirs.
 */
export function isEveryPriceOnACard(env: WordsEnv): boolean {
  const given = env.site.facts.prices;
  if (given.length === 0 || featureNote(env, 'pricing') || given.some((price) => !price.label || price.period)) return false;
  const cards = offerings(env).map((item) => pricedBy(env, item.text));
  return given.every((price) => cards.includes(price));
}

function pricedBy(env: WordsEnv, title: string): SiteBrief['facts']['prices'][number] | undefined {
  const folded = title.toLowerCase();
  const contentWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  // The price whose label names the most of it: "afinação com regulação" is not priced as "afinação".
  // A label names the offering when it stands in it as whole words and says more than half of it:
  // "MEI R$ 89" is not the price of "abertura de empresa e de MEI", nor the deposit "sifón $9.000"
  // the price of "soda en sifón".
  const names = (label: string) => {
    const at = folded.indexOf(label.toLowerCase());
    const isWhole = at >= 0 && !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(folded.charAt(at + label.length));
    return isWhole && contentWords(label).length * 2 > contentWords(title).length;
  };
  return env.site.facts.prices
    .filter((candidate) => candidate.label && names(candidate.label))
    .sort((a, b) => b.label!.length - a.label!.length)[0];
}

/** Every offering the person named, in their words; the kind's typical offers only when certain and none were named. */
export function buildOfferings(env: WordsEnv, id: string): DraftObject {
  const named = offerings(env);
  const isMenu = env.site.features.includes('menu') || (env.isCertain && env.brief.kind.offerSection === 'menu');
  const deliveryNote = featureNote(env, 'delivery');
  const delivery = deliveryNote
    ? own(sentence(deliveryNote))
    : env.site.features.includes('delivery')
      ? words(env, 'deliveryLine')
      : undefined;
  if (named.length === 0 && !env.isTypical) {
    // A menu or a list asked for, nothing in it named, no kind of ours to borrow from: one marked
    // item to replace, never another business's list.
    const sample = { isSample: true };
    return isMenu
      ? {
          id,
          type: 'menu',
          variant: 'list',
          title: words(env, 'offersTitle'),
          intro: delivery,
          items: [{ name: words(env, 'firstItemPlaceholder'), ...sample }],
        }
      : {
          id,
          type: 'services',
          variant: 'cards',
          title: words(env, 'offersTitle'),
          intro: delivery,
          items: [{ title: words(env, 'firstItemPlaceholder'), ...sample }],
        };
  }
  if (named.length === 0) {
    // Nothing named, and the person called the business exactly what our kind is ("barbearia",
    // "bakery"): what such a business typically offers, by name only — no description that would
    // claim how this one makes it. A "brewery taproom" is not every bar: it gets no bar's list.
    const typical = isMenu ? buildMenu(env, id) : buildServices(env, id);
    const items = (typical.items as readonly DraftObject[]).map((item) =>
      isMenu ? { name: item.name, price: item.price } : { title: item.title, price: item.price },
    );
    return { ...typical, items, intro: delivery };
  }
  const title = featureNote(env, 'menu')
    ? own(featureNote(env, 'menu')!)
    : words(env, env.isSolo ? 'offersTitleSolo' : env.site.what && isProductLike(env) ? 'offersTitleMade' : 'offersTitle');
  if (isMenu) {
    // A dish the person priced is the dish as they priced it ("frango grelhado c/ batata doce e
    // brócolis R$ 22"), not the pieces its "e" splits it into; what they named without a price follows.
    const priced = env.site.facts.prices.filter((price) => price.label);
    const isPriced = (text: string) =>
      priced.some(
        (price) => price.label!.toLowerCase().includes(text.toLowerCase()) || text.toLowerCase().includes(price.label!.toLowerCase()),
      );
    const dishes = [
      ...priced.map((price) => ({ name: own(price.label!), price: shownPrice(env, price) })),
      ...named.filter((item) => !isPriced(item.text)).map((item) => ({ name: own(item.text), price: priceFor(env, item.text) })),
    ].slice(0, 60);
    return {
      id,
      type: 'menu',
      variant: dishes.length >= 6 ? 'two-column' : 'list',
      title,
      ...(delivery ? { intro: delivery } : {}),
      items: dishes,
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

/** An item inside a sentence: "Catalogue by size" → "catalogue by size"; "API 6D", "iPhone" stay. */
/**
 * An offering as a line under the headline names it: "Casqueamento (aparar e nivelar os 4 cascos)"
 * is "Casqueamento", "Ferrageamento completo, 4 patas, ferradura nova" is "Ferrageamento completo".
 * Its card says the rest; a name still long after that (more than six words) is left to the card.
 */
const HERO_SHORT_MAX_WORDS = 6;
function heroShort(said: string): string | undefined {
  const short = said
    .replace(/\s*\([^()]*\)/gu, '')
    // (A decimal comma is the amount's: "tinta acrílica 3,6 L".)
    .split(/(?<!\d),|,(?!\d)|[;:–—]|\s-\s/u)[0]!
    .trim();
  const count = short.split(/\s+/u).filter(Boolean).length;
  return count > 0 && count <= HERO_SHORT_MAX_WORDS && /\p{L}/u.test(short) ? short : undefined;
}

function inList(words: string): string {
  return /^\p{Lu}\p{Ll}/u.test(words) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(words)
    ? words.charAt(0).toLocaleLowerCase() + words.slice(1)
    : words;
}

/** "We make X", "fabricamos X": the reader saw a making verb ("faço elétrica e pintura" is a service, not a product). */
function isProductLike(env: WordsEnv): boolean {
  return env.site.isWhatMade === true;
}

/** Days and the times things start ("seg/qua 7h, 12h e 19h") make a timetable, titled as one; else a programme. */
export function scheduleTitleKey(env: WordsEnv): 'timetableTitle' | 'scheduleTitle' {
  const items = itemsOf(env, 'schedule');
  return items.length > 0 && items.every((item) => /\d/.test(item.text)) ? 'timetableTitle' : 'scheduleTitle';
}

/** A list of the person's own phrases under a heading: credentials, schedule items, channels. */
export function buildPhraseList(env: WordsEnv, id: string, role: 'credential' | 'schedule' | 'channel' | 'audience'): DraftObject {
  const items = itemsOf(env, role).slice(0, 8);
  const title: Key =
    role === 'credential'
      ? 'credentialsTitle'
      : role === 'schedule'
        ? 'scheduleTitle'
        : role === 'channel'
          ? 'channelsTitle'
          : 'audienceTitle';
  if (role === 'schedule') {
    return {
      id,
      type: 'services',
      variant: 'list',
      title: words(env, scheduleTitleKey(env)),
      items: items.map((item) => ({ title: own(item.text) })),
    };
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
 * What the business does not do, in the person's words ("Não faço roupa sob medida", "I don't move
 * pianos"): a list of its own, so a visitor finds it at a glance — not sentences of the About text.
 */
export function buildExclusions(env: WordsEnv, id: string): DraftObject | null {
  const items = itemsOf(env, 'exclusion').slice(0, 8);
  if (items.length === 0) return null;
  return {
    id,
    type: 'features',
    variant: 'list',
    title: words(env, 'exclusionsTitle'),
    items: items.map((item) => ({ icon: 'x', title: own(capitalize(item.text.trim())) })),
  };
}

/**
 * What the business is and what the person said about it, as sentences: "Sorriso Leve: clínica
 * odontológica em Recife." plus the descriptions they wrote, as they wrote them.
 */
export function buildWordsAbout(env: WordsEnv, id: string): DraftObject | null {
  const details = toldOf(env, 'story').map((item) => sentence(item.text));
  // "enviamos para toda a Europa": said with the offerings when there is a list of them (its
  // intro); with none, here — never lost.
  const deliveryNote = featureNote(env, 'delivery');
  const hasOfferList = offerings(env).length > 0 || env.isTypical || env.site.features.includes('menu');
  if (deliveryNote && !hasOfferList) details.push(sentence(deliveryNote));
  const whom = audience(env);
  const who = whom?.isTold ? undefined : whom?.who;
  // "Atendemos cães, gatos e aves": a sentence of theirs, told with the rest of what they said.
  if (whom?.isTold) details.push(sentence(whom.who));
  // "Meu nome é Geraldo Resende e…": who does the work, by the name they gave, when nothing told says it.
  const owner = env.site.facts.owner;
  const ownerLine =
    owner && !details.some((detail) => fold(detail).includes(fold(owner))) && fold(env.brief.name) !== fold(owner)
      ? wordsText('aboutOwner', sameVars({ person: owner }))
      : undefined;
  if (details.length === 0 && !who && !ownerLine) return null;
  const opening = env.site.what ? (env.brief.isNameStated ? words(env, 'aboutWhat') : words(env, 'aboutWhatNoName')) : undefined;
  const parts: Text[] = [...(opening ? [opening] : []), ...(ownerLine ? [ownerLine] : []), ...details.map((detail) => Text.same(detail))];
  if (who && offerings(env).length === 0) parts.push(words(env, 'aboutAudience', () => ({ audience: who })));
  const body = Text.from((lang) => parts.map((part) => part.in(lang)).join(' '));
  return { id, type: 'about', variant: 'image-right', title: words(env, env.isSolo ? 'aboutTitleSolo' : 'aboutTitle'), body };
}

/**
 * The told parts of one sort (sort-told): the story is the About text; the terms (delivery, areas,
 * notice, payment, what is not done) are a list a visitor scans. A story longer than an About
 * should be goes on in that list, so nothing told is lost.
 */
function toldOf(env: WordsEnv, part: ToldPart): BriefItem[] {
  const lang = env.site.promptLanguage;
  const told = itemsOf(env, 'detail').map((item) => ({ item, part: toldPartOf(item.text, lang) }));
  const story = told.filter((entry) => entry.part === 'story').map((entry) => entry.item);
  const kept = story.slice(0, MAX_STORY_SENTENCES);
  if (part === 'story') return kept;
  return told.filter((entry) => entry.part === 'terms' || !kept.includes(entry.item)).map((entry) => entry.item);
}

const MAX_STORY_SENTENCES = 5;
const MAX_TERMS = 10;

/** What a visitor checks before asking, in the person's words ("Mínimo 4 raciones", "Pay on delivery"): a list of its own. */
export function buildGoodToKnow(env: WordsEnv, id: string): DraftObject | null {
  const items = toldOf(env, 'terms').slice(0, MAX_TERMS);
  if (items.length === 0) return null;
  const lang = env.site.promptLanguage;
  return {
    id,
    type: 'features',
    variant: 'list',
    title: words(env, 'goodToKnowTitle'),
    // A check beside "A Lucena y a Priego no repartimos" would read as a yes: a refusal gets the cross.
    items: items.map((item) => ({ icon: saysNo(item.text, lang) ? 'x' : 'check', title: own(sentence(item.text)) })),
  };
}

function saysNo(text: string, lang: string): boolean {
  return (fold(text).match(/[\p{L}']+/gu) ?? []).some((word) => isNegationWord(word, lang, false));
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
  if (facts.whatsapp)
    qa(
      'faqHowToReach',
      words(env, 'faqHowToReachWhatsapp', () => ({ phone: facts.phones[0] ?? `+${facts.whatsapp}` })),
    );
  else if (facts.phones[0])
    qa(
      'faqHowToReach',
      words(env, 'faqHowToReachPhone', () => ({ phone: facts.phones[0]! })),
    );
  if (facts.prices.length > 0)
    qa(
      'faqPrices',
      Text.from((lang) =>
        listIn(
          lang,
          facts.prices.map((price) =>
            price.label
              ? `${capitalize(price.label)}: ${givenPriceText(price, env.site.languages).in(lang)}`
              : givenPriceText(price, env.site.languages).in(lang),
          ),
        ),
      ),
    );
  if (features.includes('delivery')) qa('faqDelivery', words(env, 'faqDeliveryAnswer'));
  // The person's own questions come first, with their answer when they gave one ("se faz
  // sujidade (não, uso aspirador industrial)"); without one, the answer is theirs to write.
  const asked = itemsOf(env, 'question').map((item) => {
    const answered = /^(.*?)\s*\((.+)\)\s*$/s.exec(item.text);
    const question = capitalize((answered?.[1] ?? item.text).replace(/[?.!\s]+$/, '')) + '?';
    return answered
      ? { question: Text.same(question), answer: Text.same(sentence(capitalize(answered[2]!))) }
      : { question: Text.same(question), answer: words(env, 'faqSampleAnswer'), isSample: true };
  });
  items.unshift(...asked);
  if (items.length < 2) items.push({ question: words(env, 'faqSampleQuestion'), answer: words(env, 'faqSampleAnswer'), isSample: true });
  const note = featureNote(env, 'faq');
  return {
    id,
    type: 'faq',
    variant: 'accordion',
    title: note ? own(note) : heading(env, 'faq'),
    items: items.slice(0, Math.min(20, Math.max(6, asked.length))),
  };
}

/**
 * Plan cards are for what is sold as a subscription (software, an app): a business that sells
 * things, visits or sessions gets a price list instead — never "Get started" tiers.
 */
export function isPlanPricing(site: SiteBrief): boolean {
  return site.kind.family === 'tech';
}

/** A given price as the site shows it, with the person's own unit ("$9 per head", "R$ 4 o kg"). */
function shownPrice(env: WordsEnv, price: SiteBrief['facts']['prices'][number]): Text {
  const given = givenPriceText(price, env.site.languages);
  // "from $850": a starting price stays one, in every language of the site.
  const amount = price.isFrom ? words(env, 'priceFrom', (lang) => ({ amount: given.in(lang) })) : given;
  return price.unit ? Text.from((lang) => `${amount.in(lang)}${price.unit!.startsWith('/') ? '' : ' '}${price.unit}`) : amount;
}

/**
 * Prices the person gave, with their own labels and units; asked for without prices, the
 * offerings they named with a marked "price on request". Plan cards for a subscription, a price
 * list (every price, no call to action on each) for everyone else.
 */
export function buildWordsPricing(env: WordsEnv, id: string): DraftObject | null {
  const note = featureNote(env, 'pricing');
  // A price already on its offering's card is said once: the list carries the rest (a delivery
  // fee, a price per metre), unless the person asked for a price list of its own.
  const onCards = new Set(offerings(env).map((item) => pricedBy(env, item.text)));
  const given = note || isPlanPricing(env.site) ? env.site.facts.prices : env.site.facts.prices.filter((price) => !onCards.has(price));
  if (given.length === 0 && env.site.facts.prices.length > 0) return null;
  const title = note ? own(note) : words(env, 'pricingTitle');
  const named = offerings(env).slice(0, 12);
  const unpriced = (named.length > 0 ? named.map((item) => item.text) : [env.site.what || '']).filter(Boolean);
  if (!isPlanPricing(env.site)) {
    const items =
      given.length > 0
        ? given.map((price) => ({
            name: price.label ? own(price.label) : env.site.what ? own(env.site.what) : words(env, 'pricingTitle'),
            price: priceWithPeriod(env, price),
          }))
        : (unpriced.length > 0 ? unpriced : ['—']).map(
            (name) => ownPriceOf(name) ?? { name: own(name), price: words(env, 'priceOnRequest'), isSample: true },
          );
    return { id, type: 'menu', variant: items.length >= 8 ? 'two-column' : 'list', title, items };
  }
  const cta = link(text(env, uiCopy.planCta), `#${env.targets.contact ?? 'contact'}`);
  if (given.length > 0) {
    return {
      id,
      type: 'pricing',
      variant: given.length > 3 ? 'table' : 'cards',
      title,
      plans: given.slice(0, 4).map((price) => ({
        name: price.label ? own(price.label) : env.site.what ? own(env.site.what) : text(env, uiCopy.planCta),
        price: shownPrice(env, price),
        ...(price.period ? { period: periodText(price.period) } : {}),
        featureKeys: [],
        cta,
      })),
    };
  }
  return {
    id,
    type: 'pricing',
    variant: 'cards',
    title,
    plans: (unpriced.length > 0 ? unpriced.slice(0, 4) : ['—']).map((name) => ({
      name: own(name),
      price: words(env, 'priceOnRequest'),
      featureKeys: [],
      cta,
      isSample: true,
    })),
  };
}

// "Rs. 45,000/-", "K1,500", "R$ 120", "80 €": an amount, by its digits grouped in thousands or a
// currency sign beside them ("4 drummers" is none).
const AMOUNT = /\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\p{Sc}\s?\d|\d\s?\p{Sc}/u;

/**
 * An offering whose own words carry its amount ("Homecoming: Rs. 30,000/-") when no price was read
 * from it (a sign the reader does not know where the business is): the amount the person wrote is
 * its price, after its colon or dash — never a marked "price on request" beside it. Undefined when
 * the words carry no amount.
 */
function ownPriceOf(said: string): { name: Text; price?: Text } | undefined {
  if (!AMOUNT.test(said)) return undefined;
  const split = /^(.+?)\s*(?::|\s[–-])\s*([^:]+)$/u.exec(said);
  return split && AMOUNT.test(split[2]!) && !AMOUNT.test(split[1]!) ? { name: own(split[1]!), price: own(split[2]!) } : { name: own(said) };
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

/** Reached only by ringing: a number, no WhatsApp, no email, no texts. */
function isCallsOnly(env: WordsEnv): boolean {
  const { facts } = env.site;
  return facts.phones.length > 0 && !facts.whatsapp && facts.emails.length === 0 && !facts.textMessages;
}

/** The button to reach the business: to ring it, when ringing is the only way and no form waits ("Solo llamadas"). */
function contactActionOf(env: WordsEnv): Text {
  return words(env, env.site.facts.noForm && isCallsOnly(env) ? 'callAction' : 'contactAction');
}

/** The contact section's opening line: the person's words about how to reach them, else what the form (or, without one, the page) offers. */
export function contactIntro(env: WordsEnv): Text {
  const note = featureNote(env, 'quote') ?? featureNote(env, 'booking');
  if (note) return Text.same(sentence(note));
  if (isReachedOnlyOnWhatsApp(env)) return words(env, 'contactIntroWhatsApp');
  // Texts only ("só por SMS"): never "call us".
  if (env.site.facts.reachOnly === 'sms') return words(env, 'contactIntroTextOnly');
  // No form on the page ("não queremos formulário"): the intro points to the ways that are there.
  // Only a number to ring ("Contato somente por ligação", "Só chamadas"): never "or send a message".
  const { facts } = env.site;
  if (facts.noForm)
    return words(env, isCallsOnly(env) ? 'contactIntroCallOnly' : facts.phones.length > 0 ? 'contactIntroCall' : 'contactIntroDirect');
  const purpose = purposeOf(env);
  return words(env, purpose === 'booking' ? 'contactIntroBooking' : purpose === 'quote' ? 'contactIntroQuote' : 'contactIntro');
}

export function seoDescription(env: WordsEnv): Text {
  const listed = offerings(env)
    .slice(0, 3)
    .map((item) => item.text);
  return listed.length > 0 ? words(env, 'seoDescriptionList', (lang) => ({ list: listIn(lang, listed) })) : words(env, 'seoDescription');
}

/**
 * A closing call: the person's own way of being reached, one button — only when it leads
 * somewhere the contact section right after it does not (their WhatsApp). A band that says the
 * contact section's words again and points at it, one screen above it, is the same call twice.
 */
export function buildWordsCta(env: WordsEnv, id: string): DraftObject | null {
  const targets = chooseHeroTargets({ targets: env.targets, siteBrief: env.site });
  if (!targets.isSecondaryWhatsApp || purposeOf(env) !== 'contact') return null;
  return {
    id,
    type: 'cta',
    variant: 'band',
    title: words(env, 'ctaTitle'),
    text: words(env, 'ctaChatText'),
    primary: link(words(env, 'whatsappAction'), targets.secondary),
  };
}
