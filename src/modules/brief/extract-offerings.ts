import { SPOKEN_LANGUAGE_LEAD } from './detect-languages';
import { fold } from './text';
import { isCountryName } from './brief-details';
import type { TaxonomyKind } from './taxonomy-types';

// Words that end a list of offerings rather than belong to it.
const STOP =
  /\b(em|in|en|no|na|nos|nas|para|for|com|with|con|pelo|pela|por|at|near|perto|desde|from|quero|want|queremos|we|site|website|pagina|sitio|web|telefone|phone|whatsapp|horario|hours|aberto|open|e-?mail)\b.*$/i;
const LEAD =
  /^(?:(?:e|and|y|ou|or|o|com|with|con|de|do|da|of|del|el|la|los|las|a|an|the|os|as|um|uma|un|una|also|tambem|tambien|we do|fazemos|oferecemos|we offer|ofrecemos)\s+)+/i;

// An item that starts with a verb is a wish about the site ("ler notícias", "fazer donativos"), not an offering.
const VERB =
  /^(\p{Ll}{2,}(ar|er|ir)(-se)?|gostar\w*|quer\w*|precis\w*|want|need|show|see|read|have|make|get|queremos|queria|tenemos|hay)$/u;
const NOT_VERBS =
  /^(bar|lar|mar|par|ser|sur|mer|fer|her|er|jantar|almocar|cantar|estar|hair|water|laser|poster|after|super|center|power|flower|computer|dinner|burger|spider)$/;

// Things the person wants on the site, listed with its offerings ("pedidos de reserva, galeria e
// perguntas frequentes"): requests for a section or a form, not what the business sells.
const SITE_FEATURES =
  /agend|booking|reserv|delivery|whats|online|orcamento|presupuesto|quote|newsletter|boletin|blog|galeria|gallery|perguntas frequentes|preguntas frecuentes|\bfaq\b|\bmapa?\b|depoimentos|testimonials|formulario|\bform\b|doac|donat|donativ|\bcitas?\b|marcac|\bprecos?\b|\bprecios?\b|\bprices?\b|\bpricing\b|\btarifas?\b|\bhorarios?\b|\bhours\b|\bschedule\b|\bmenu\b|cardapio|\bementa\b|\bcarta\b|\bpedidos?\b|encomendas?|\borders?\b|\bordering\b/;

// A clause about the site itself ("site bilíngue português e inglês"): the languages it lists are
// the site's, not what the business sells (a language school lists them in a clause of its own).
const SITE_LANGUAGE_CLAUSE = /bilingu|trilingu|idiomas?\b|languages?\b|linguas?\b|\bsite\b|website|sitio|pagina|versao|version/;
const LANGUAGE_NAME =
  /^(portugues|ingles|english|portuguese|espanhol|spanish|espanol|castellano|frances|french|alemao|german|aleman|italiano|italian|chines|chinese|japones|japanese)$/;

// A part that ends with a place ("Marina boat rentals in Split"): a country after it is that place's.
const AFTER_PLACE = /\b(in|em|en|no|na|at|near|perto de|cerca de)\s+\p{Lu}[\p{L}'’-]*(\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

function cleanItem(raw: string): string | undefined {
  const item = raw
    .replace(STOP, '')
    .replace(LEAD, '')
    .replace(/[()"“”]/g, '')
    .trim();
  const words = item.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || /\d|@|https?:/.test(item) || item.length > 40) return undefined;
  if (VERB.test(fold(words[0])) && !NOT_VERBS.test(fold(words[0]))) return undefined;
  // "Se habla español": the staff's languages — copied into another language's services, a string in the wrong language.
  if (SPOKEN_LANGUAGE_LEAD.test(fold(item))) return undefined;
  // Cut off before what it was about ("book by [WhatsApp]", "pedidos pelo [telefone]"): not an item.
  if (/\s(um|uma|un|una|a|an|de|do|da|by|via|to|at|on|per|pelo|pela|por|con|com|with)$/i.test(item)) return undefined;
  return item.charAt(0).toLocaleUpperCase() + item.slice(1);
}

/**
 * What the business offers, in the prompt's own words: the longest list ("implantes e
 * clareamento", "cabelo, unhas e sobrancelhas", "panel upgrades, EV chargers, rewiring") in a
 * clause that is not about contact details. Used for the services section instead of another
 * kind's offerings.
 */
export function extractOfferings(prompt: string, kind: TaxonomyKind): string[] {
  const kindPattern = kind.keywords ? new RegExp(`(?<![a-z0-9])(?:${kind.keywords})(?![a-z0-9])`) : undefined;
  let best: string[] = [];
  for (const clause of prompt.split(/[.;:!?\n]|—|–| - /)) {
    const parts = clause
      .split(/,|\s(?:e|and|y|&)\s/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length < 2) continue;
    const isAboutSiteLanguages = SITE_LANGUAGE_CLAUSE.test(fold(clause));
    // "… in Split, Croatia": the country of the place just named, not an item (a travel agency's
    // "trips to Italy, Greece and Croatia" keeps its countries).
    const isPlaceCountry = (index: number) => index > 0 && isCountryName(parts[index]!) && AFTER_PLACE.test(parts[index - 1]!);
    const listed = parts.filter((_, index) => !isPlaceCountry(index));
    const items = listed
      .map(cleanItem)
      .filter((item): item is string => item !== undefined && !(isAboutSiteLanguages && LANGUAGE_NAME.test(fold(item))));
    // A list is mostly items: a clause with many long parts is prose, not a list.
    if (items.length < 2 || items.length < listed.length - 1) continue;
    // The clause's first item is often the business describing itself ("clinica odontologica …");
    // site features ("agendamento online") are not offerings either.
    const withoutKind = items.filter((item, index) => !(index === 0 && kindPattern?.test(fold(item))) && !SITE_FEATURES.test(fold(item)));
    if (withoutKind.length > best.length) best = withoutKind;
  }
  return [...new Set(best)].slice(0, 8);
}
