import { eng, por, spa } from 'stopword';
import type { SiteDocument } from '../../../src/modules/document/site-document-schema';

/**
 * Issue 31's words-first figures, judged from the page a visitor gets, independently of how the
 * composer works (these lists are the eval's own, not the product's):
 *   - prompt fidelity: the prompt's salient words (content words; not stop words, numbers, or
 *     words about building the site) found on the page, or declared unused by the brief;
 *   - named things: the annotated `named` phrases whose content words all reach the page;
 *   - foreign-kind sentences: phrase-bank sentences written for another kind of business;
 *   - empty cards: offer/feature cards whose text is a filler that says nothing about the item;
 *   - invented names: a business name shown on the site that the prompt does not give.
 */

/** Words about the website itself, the request, or politeness: not content of the business. */
const SITE_WORDS = new Set(
  (
    'site website web sitio página pagina page pages landing one-pager homepage home online quero queria preciso gostaria ' +
    'queremos precisamos want wants need needs would like please por favor favor make create build crie criar fazer faça ' +
    'monte montar quiero necesito busco crea crear hacer haz armar gustaria simples simple sencillo moderno moderna modern ' +
    'bonito bonita clean limpo nice pretty oi olá ola hello hi hola thanks obrigado obrigada gracias também tambem también ' +
    'also tem ter tenha have has with com con sección secao seção section seccion botão botao button botón boton link links ' +
    'formulário formulario form forms campo tipo type coisa thing cosa algo something aqui here acá aca pra pro p/ ' +
    'mostrar show mostre muestre mostrar exibir display poner colocar coloque put incluir include'
  ).split(/\s+/),
);

const EXTRA_STOP = new Set(
  (
    'nosso nossa nossos nossas meu minha meus minhas seu sua seus suas our ours my mine your yours nuestro nuestra nuestros ' +
    'nuestras mis tus sus muito muita muitos muitas much many mucho mucha muchos muchas todo toda todos todas all every ' +
    'cada each uma umas uns one ones una unos unas são sao somos sou soy eres es está esta estão estao estamos are was were ' +
    'is am be been ser estar fica ficar the and for from that this these those isso esse essa este esta estes estas ese esa ' +
    'esos esas aquele aquela pelo pela pelos pelas num numa dos das nos nas del las los les mais more más menos less than ' +
    'que qué quem who which what when where onde donde cuando como how why porque por ate até hasta desde since about sobre ' +
    'via per just só solo only apenas tbm tb etc'
  ).split(/\s+/),
);

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const STOP = new Set([...por, ...spa, ...eng, ...EXTRA_STOP].map(fold));
const SITE = new Set([...SITE_WORDS].map(fold));

/** The prompt's content words, folded, each once: letters only, three or more, not stop or site words. */
export function salientWords(prompt: string): string[] {
  const words = prompt
    // Contact details and handles are checked as facts, not as words.
    .replace(/\S+@\S+|https?:\/\/\S+|www\.\S+|@\w+/g, ' ')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((word) => word.split(/[-'’]/))
    .map(fold)
    .filter((word) => word.length >= 3 && /^\p{L}+$/u.test(word) && !STOP.has(word) && !SITE.has(word));
  return [...new Set(words)];
}

/** Every visible text of the site in every language, folded, as one haystack of words. */
export function siteWords(document: SiteDocument, html: string): Set<string> {
  const texts = [html.replace(/<[^>]+>/g, ' ')];
  for (const locale of document.i18n.locales) texts.push(...Object.values(document.i18n.strings[locale] ?? {}));
  const words = new Set<string>();
  for (const text of texts) for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  return words;
}

/** A word is on the page as itself, or as its singular/plural (pneu/pneus, valve/valves, flor/flores). */
export function hasWord(words: Set<string>, word: string): boolean {
  if (words.has(word)) return true;
  const stems = [word.replace(/(es|s)$/, ''), word.replace(/s$/, ''), `${word}s`, `${word}es`];
  return stems.some((stem) => stem.length >= 3 && words.has(stem));
}

export type Fidelity = { salient: number; onPage: number; declared: number; missing: string[] };

// What people type for WhatsApp on a phone: on the page it is rightly written out.
const WRITTEN_OUT: Record<string, string> = { zap: 'whatsapp', zapzap: 'whatsapp', whats: 'whatsapp', wpp: 'whatsapp', wsp: 'whatsapp' };

export function promptFidelity(prompt: string, words: Set<string>, declaredUnused: readonly string[]): Fidelity {
  const salient = salientWords(prompt);
  const declared = new Set(declaredUnused.flatMap((entry) => fold(entry).split(/[^\p{L}\p{N}]+/u)));
  let onPage = 0;
  let declaredCount = 0;
  const missing: string[] = [];
  for (const word of salient) {
    if (hasWord(words, word) || (WRITTEN_OUT[word] !== undefined && hasWord(words, WRITTEN_OUT[word]))) onPage++;
    else if (declared.has(word)) declaredCount++;
    else missing.push(word);
  }
  return { salient: salient.length, onPage, declared: declaredCount, missing };
}

/** Annotated phrases the person named whose content words all reach the page. */
export function namedOnPage(named: readonly string[], words: Set<string>): { found: number; missing: string[] } {
  const missing = named.filter((phrase) => {
    const content = salientWords(phrase);
    return content.length > 0 && !content.every((word) => hasWord(words, word));
  });
  return { found: named.length - missing.length, missing };
}

// Fillers that stand in for what a card should say about its item.
const FILLER =
  /ask us for details|details and availability|pergunte-nos|consulte-nos|detalhes e disponibilidade|pregúntanos|detalles y disponibilidad|sob consulta\.?$/i;

type Card = { title: string; text: string };

/** Cards of offers and features whose text is a filler, or the same text as another card's. */
export function emptyCards(document: SiteDocument): Card[] {
  const table = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const out: Card[] = [];
  for (const section of document.pages.flatMap((page) => page.sections)) {
    const items: Card[] =
      section.type === 'services' || section.type === 'features'
        ? section.items.map((item) => ({
            title: table[item.titleKey] ?? '',
            text: 'textKey' in item && item.textKey ? (table[item.textKey] ?? '') : '',
          }))
        : [];
    const texts = items.map((item) => item.text).filter(Boolean);
    for (const item of items) {
      const repeated = item.text !== '' && texts.filter((text) => text === item.text).length > 1;
      if (FILLER.test(item.text) || repeated) out.push(item);
    }
  }
  return out;
}
