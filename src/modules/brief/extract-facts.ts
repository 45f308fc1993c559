import { findPhoneNumbersInText, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { extractContact, extractPhoneMentions } from './extract-contact';
import { alternationOf, escapeRegExp, fold, sentenceStartAt } from './text';
import {
  asksForForm,
  NUMBER_LABEL,
  PHONE_WORD,
  reachOnlyBy,
  reachOnlyByText,
  refusesForm,
  refusesWhatsapp,
  TEXT_REFUSAL,
  TEXT_WORD,
  WHATSAPP_WORD,
} from './detect-features';
import { extractContactPerson, extractPeople, selfIntroducedName } from './extract-people';
import { extractPrices } from './extract-prices';
import type { SiteBrief } from './site-brief-schema';
import { isDurationAt } from './is-duration';
import { isNegationWord, readingCues } from './reading-cues';

export type BriefFacts = SiteBrief['facts'];

/** The WhatsApp number as wa.me wants its digits (E.164 without "+"), when libphonenumber can place it. */
function whatsappDigits(phone: string, country: string | undefined): string | undefined {
  // Where a number without "+" is dialled from: the place's country, any libphonenumber knows.
  const region = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(phone, region);
  if (!parsed?.isPossible()) return undefined;
  // An Argentine mobile is dialled from abroad as +54 9 <area> <number>, the "9" in place of the
  // "15" said at home. People often give their WhatsApp without either ("2281 43-8819"), which
  // reads as a landline; WhatsApp is a mobile, and wa.me/54<area>… reaches no one.
  if (parsed.country === 'AR' && !parsed.nationalNumber.startsWith('9')) return `549${parsed.nationalNumber}`;
  return parsed.number.replace(/\D/g, '');
}

/**
 * The country of the first phone number written with its international prefix ("+56 9 6284
 * 1370" is Chilean): where the business is, as surely as a town's name tells it — more surely
 * than a small town of the same name elsewhere.
 */
export function dialledCountry(prompt: string): string | undefined {
  // Without a default country libphonenumber finds only numbers written with their prefix.
  return findPhoneNumbersInText(prompt).find((found) => found.number.country)?.number.country;
}

/**
 * Of `countries`, the one country where every phone number the prompt writes without its prefix is
 * a valid number: "027 418 3056" is a New Zealand mobile and no British number, so the Cambridge of
 * that prompt is New Zealand's (and its links dial +64, not +44). Undefined when none or several fit.
 */
export function nationalNumberCountry(prompt: string, countries: readonly string[]): string | undefined {
  const fitting = countries.filter((country) => {
    const national = numbersWrittenLocally(prompt, country);
    return national.length > 0 && national.every((match) => match.number.isValid() && match.number.country === country);
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The numbers the prompt writes the way `country` writes its own, whole and without a prefix
 * ("07700 900123" is not the US number "7700 900123", and the tail of the Brazilian "11 98877-6655"
 * is no Portuguese mobile). `extended`: also numbers of the right length in no range the plan has
 * given out ("555-01xx" is kept for fiction).
 */
export function numbersWrittenLocally(prompt: string, country: string, { extended = false }: { extended?: boolean } = {}) {
  if (!isSupportedCountry(country)) return [];
  return findPhoneNumbersInText(prompt, { defaultCountry: country, extended }).filter(
    (match) =>
      !/^\s*(?:\+|00)/.test(prompt.slice(match.startsAt, match.endsAt)) &&
      !/\d[\s().-]{0,2}$/.test(prompt.slice(Math.max(0, match.startsAt - 3), match.startsAt)) &&
      // …nor its head: the Uruguayan "(02227)" of the Argentine "(02227) 15-48-2931".
      !/^[\s().-]{0,2}\d/.test(prompt.slice(match.endsAt, match.endsAt + 3)),
  );
}

const PIX =
  /\b(?:pix)\b[^:\n]{0,30}?(?:chave|key)?\s*[:=]?\s*([^\s,;()]+@[^\s,;()]+\.[a-z.]{2,}|\d{2}\.?\d{3}\.?\d{3}\/\d{4}-?\d{2}|\+?\d[\d .-]{9,18}\d|[0-9a-f]{8}-[0-9a-f-]{27})/i;
const URL = /\bhttps?:\/\/[^\s<>"')]+[^\s<>"').,;]/gi;
const DONATION_WORDS = /don(at|a|e)|doa|doe|donativ|contribu|give|apoi/i;

/**
 * Facts the prompt states, kept as written (phones also as E.164 digits for WhatsApp links).
 * Nothing here is ever invented: what the prompt does not say stays empty.
 */
export function extractFacts(prompt: string, country: string | undefined, lang?: string): BriefFacts {
  const contact = extractContact(prompt, isOpenAroundTheClock(prompt));
  const folded = fold(prompt);
  const urls = [...prompt.matchAll(URL)].map((match) => match[0]);
  const donationUrl = urls.find((url) => {
    const before = prompt.slice(Math.max(0, prompt.indexOf(url) - 60), prompt.indexOf(url));
    return DONATION_WORDS.test(url) || DONATION_WORDS.test(before);
  });
  const pix = PIX.exec(prompt)?.[1];
  const { phones, whatsappPhone, mentions } = readPhones(prompt, folded);
  // "No WhatsApp please, ring the landline": the number is a phone, never a WhatsApp button.
  const whatsapp = whatsappPhone && !refusesWhatsapp(folded, lang) ? whatsappDigits(whatsappPhone, country) : undefined;
  const email =
    contact.email && contact.email !== pix?.toLowerCase() && !isEmailKeptOff(prompt, folded, contact.email) ? contact.email : undefined;
  const textMessages = phones.length > 0 && takesTextMessages(prompt, mentions, lang);
  const reachOnly = whatsapp ? reachOnlyBy(folded, lang) : textMessages && reachOnlyByText(folded, lang) ? ('sms' as const) : undefined;
  // "Home 01632 960552, mobile 07700 900417. You can text the mobile.": the number that takes texts
  // is the one the site's call and text links use — a text to a landline reaches no one.
  const texted = textMessages ? textedNumber(prompt, mentions) : undefined;
  const ordered = texted && phones.includes(texted) ? [texted, ...phones.filter((phone) => phone !== texted)] : phones;
  return {
    phones: ordered,
    ...(whatsapp ? { whatsapp } : {}),
    ...(reachOnly ? { reachOnly } : {}),
    // A form only where the person asks for one, or where there is no other way to reach them: a
    // phone, a WhatsApp or an email given is how they said to be reached, and a form beside it
    // nobody asked for is one more inbox to watch (or, refused, one they said they would not).
    ...(refusesForm(folded) || (!asksForForm(folded) && (phones.length > 0 || Boolean(whatsapp) || Boolean(email)))
      ? { noForm: true as const }
      : {}),
    ...(textMessages ? { textMessages } : {}),
    emails: email ? [email] : [],
    ...(contact.street ? { address: contact.street } : {}),
    ...(contact.openingHours ? { openingHours: contact.openingHours } : {}),
    prices: extractPrices(prompt, country),
    people: extractPeople(prompt),
    ...(() => {
      const person = extractContactPerson(prompt);
      return person ? { contactPerson: person } : {};
    })(),
    ...(() => {
      // (…unless they keep their name off the site: "não quero meu nome no site".)
      const owner = selfIntroducedName(prompt);
      return owner && !OWN_NAME_REFUSED.test(folded) ? { owner: owner.slice(0, 80) } : {};
    })(),
    ...(pix ? { pixKey: pix } : {}),
    ...(donationUrl ? { donationUrl } : {}),
    ...(contact.instagram ? { instagram: contact.instagram } : {}),
    offerings: [],
  };
}

/** "Text or call (507) 555-0184", "(507) 555-0184, call or text": the words around a number say it takes texts. */
function takesTextMessages(prompt: string, mentions: ReturnType<typeof extractPhoneMentions>, lang: string | undefined): boolean {
  const folded = fold(prompt);
  // "Ring after six, no texts: 087 …", "não mando SMS": a word about texts refused says the number
  // takes none.
  const taken = [...folded.matchAll(new RegExp(TEXT_WORD.source, 'g'))].filter((match) => {
    // (Within its clause: "não ligue, text me" takes texts.)
    const clause =
      folded
        .slice(Math.max(0, match.index - 24), match.index)
        .split(/[,.;:!?\n]/u)
        .at(-1) ?? '';
    const before = clause.match(/[\p{L}']+/gu) ?? [];
    // The negation right before, or before a verb of taking them ("não respondo a SMS"): "don't
    // hesitate to text" and "no calls, just text" take texts; "me chama no SMS" is Portuguese "in the".
    const said = before.filter((word) => !TEXT_REFUSAL.fillers.has(word));
    const last = said.at(-1);
    const second = said.at(-2);
    return !(
      (last !== undefined && isNegationWord(last, lang)) ||
      (second !== undefined && isNegationWord(second, lang) && last !== undefined && TEXT_REFUSAL.verbs.has(last))
    );
  });
  return mentions.some((mention) =>
    taken.some((match) => match.index >= mention.index - 30 && match.index < mention.index + mention.phone.length + 20),
  );
}

/**
 * Of the numbers, the one a word about texts labels ("…, text 07700 900123"), else the one it
 * follows most closely ("mobile 07700 900417. You can text the mobile.").
 */
function textedNumber(prompt: string, mentions: ReturnType<typeof extractPhoneMentions>): string | undefined {
  const words = [...fold(prompt).matchAll(new RegExp(TEXT_WORD.source, 'g'))].map((match) => match.index);
  const labelled = mentions.find((mention) => words.some((at) => at < mention.index && mention.index - at <= 15));
  if (labelled) return labelled.phone;
  let best: { phone: string; distance: number } | undefined;
  for (const mention of mentions) {
    const end = mention.index + mention.phone.length;
    for (const at of words)
      if (at >= end && at - end <= 30 && (!best || at - end < best.distance)) best = { phone: mention.phone, distance: at - end };
  }
  return best?.phone;
}

// "WhatsApp (81) 99876-5432", "zap: …", "… (WhatsApp)": the label right before or after a number.
const lastIndexOf = (pattern: RegExp, text: string) =>
  Math.max(-1, ...[...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match.index));
const WHATSAPP_AFTER = new RegExp(`^\\W{0,3}${WHATSAPP_WORD.source}`);

/**
 * Every number the prompt gives, the one for calls first, and which is the WhatsApp: a number
 * labelled WhatsApp is that, a number labelled phone (or unlabelled) is for calls; with one number
 * and WhatsApp named anywhere, that number is both (as people write "WhatsApp e telefone 11 9…").
 */
function readPhones(
  text: string,
  folded: string,
): { phones: string[]; whatsappPhone: string | undefined; mentions: ReturnType<typeof extractPhoneMentions> } {
  // "Please don't put my cell on the site, it's (705) 555-0139 but that one's for family": a number
  // its own sentence keeps off the site is no way to reach the business.
  const mentions = extractPhoneMentions(text).filter(
    (mention) =>
      !isKeptOffTheSite(folded, mention.index) &&
      !isRefusedAfter(folded, mention.end) &&
      !isJoinedToRefusal(folded, mention.index) &&
      !isOwnOnly(text, mention.end),
  );
  if (mentions.length === 0) return { phones: [], whatsappPhone: undefined, mentions };
  const labelled = mentions.map((mention, i) => {
    const start =
      i === 0 ? Math.max(0, mention.index - 30) : Math.max(mentions[i - 1]!.index + mentions[i - 1]!.phone.length, mention.index - 30);
    const before = fold(text.slice(start, mention.index));
    const after = fold(text.slice(mention.index + mention.phone.length, mention.index + mention.phone.length + 14));
    // The nearest label wins: "WhatsApp 9… e telefone 3…" labels the second by "telefone".
    const lastWhatsapp = lastIndexOf(WHATSAPP_WORD, before);
    const lastPhone = lastIndexOf(PHONE_WORD, before);
    const isWhatsapp = lastWhatsapp > lastPhone || (lastWhatsapp < 0 && lastPhone < 0 && WHATSAPP_AFTER.test(after));
    return { phone: mention.phone, isWhatsapp };
  });
  const unique = labelled.filter(
    (entry, i) => labelled.findIndex((other) => other.phone.replace(/\D/g, '') === entry.phone.replace(/\D/g, '')) === i,
  );
  const whatsappEntry =
    unique.find((entry) => entry.isWhatsapp) ?? (unique.length === 1 && WHATSAPP_WORD.test(folded) ? unique[0] : undefined);
  const phones = [...unique.filter((entry) => !entry.isWhatsapp), ...unique.filter((entry) => entry.isWhatsapp)].map(
    (entry) => entry.phone,
  );
  return { phones, whatsappPhone: whatsappEntry?.phone, mentions };
}

const OWN_NAME_REFUSED =
  /\b(?:nao|no|not|don't|dont|sem|sin|without)\s+(?:[a-z']+\s+){0,3}(?:o\s+|el\s+)?(?:meu nome|my name|mi nombre)\b/u;
const said = readingCues.notForTheSiteSaid;
// Putting or coming out: "não ponham", "no deve constar", "don't post".
const PUT_WORDS = new Set([...said.putVerbs, ...said.putImperatives, ...said.appearVerbs, ...said.goingVerbs]);
const GOING = new Set(said.goingVerbs);
// (…or pointed at: "her cell is …, but don't put that one on there".)
const SITE_WORDS = new Set([...said.placeNouns, ...said.siteDeixis]);
const NEGATIONS = new Set([...said.negations, "don't", 'dont', 'never', 'nunca']);
const CLITICS = new Set(said.objectClitics);
const POINTED = new Set([...said.pointers, ...said.demonstratives]);
const DETERMINERS = new Set(said.objectDeterminers);
const PARTICLES = new Set(said.particles);
// ("o" is Spanish "or" and an article: after the verb, it is the article of what is refused.)
const FOLLOWERS = new Set(said.followers.filter((word) => !said.objectDeterminers.includes(word)));
const NOWHERE = said.nowhere.map((phrase) => phrase.split(' '));
const NUMBER_NOUN = new RegExp(`^(?:${NUMBER_LABEL.source})$`);
const BETWEEN = new Set([...said.putModals, ...said.copulas, ...said.purposes, ...CLITICS, ...POINTED]);
// Pointing back at the number takes a verb of putting or appearing — not of leaving ("se não pode sair, ligue…").
const PUT_ONLY = new Set(
  [...said.putVerbs, ...said.putImperatives, ...said.appearVerbs].filter((verb) => !said.leavingVerbs.includes(verb)),
);
const AFTER_POINTER = new Set(said.afterPointer);
// "pôr" folds to "por", a preposition too ("não atendo por telefone", "não tem por que esperar"): a
// verb only after a word of purpose or a modal of these, never before "que" ("por que" is "why").
const AFTER_PUT_PREPOSITION = new Set([...said.purposes, ...said.modalsBeforePor]);
const isWord = (token: string | undefined) => token !== undefined && /\p{L}/u.test(token);

/**
 * Whether the sentence holding the number at `at` refuses putting something on the site: a
 * negation, a verb of putting or coming out within a few words, then the site ("não ponham o meu
 * telemóvel no site", "please don't put my cell on the website") — or then the number itself, as the
 * sentence points back at it: a pronoun ("no lo pongas", "don't post it"), nothing more in the
 * clause ("…, não põe, que ele trabalha"), the number's noun ("não ponha o número") or nowhere ("não é
 * pra botar em canto nenhum"). Another thing named after the verb ("não põe o endereço") is not it.
 */
function isKeptOffTheSite(folded: string, at: number): boolean {
  const start = sentenceStartAt(folded, at);
  const stops = ['\n', '. ', '! ', '? '].map((stop) => folded.indexOf(stop, at)).filter((index) => index >= 0);
  const end = stops.length > 0 ? Math.min(...stops) : folded.length;
  const tokens = folded.slice(start, end).match(/[\p{L}']+|[,;:()–—]/gu) ?? [];
  return tokens.some((token, index) => {
    if (!NEGATIONS.has(token)) return false;
    for (let verb = index + 1; verb <= index + 3 && isWord(tokens[verb]); verb++) {
      if (!PUT_WORDS.has(tokens[verb]!)) continue;
      // "esse não vai no site": going is putting only when what goes is pointed at ("se não conseguir
      // entrar no site, chama no zap" and "if we don't answer, go to the website" keep the number).
      if (GOING.has(tokens[verb]!) && !tokens.slice(Math.max(0, index - 2), index).some((word) => POINTED.has(word))) continue;
      const after = tokens.slice(verb + 1).filter(isWord);
      if (after.slice(0, 7).some((word) => SITE_WORDS.has(word))) return true;
      // Pointed at, not named: a verb of putting, only modals, copulas or pronouns between the negation and it.
      if (!PUT_ONLY.has(tokens[verb]!) || !tokens.slice(index + 1, verb).every((word) => BETWEEN.has(word))) continue;
      if (tokens[verb] === 'por' && (!AFTER_PUT_PREPOSITION.has(tokens[verb - 1] ?? '') || /^que$/u.test(tokens[verb + 1] ?? ''))) continue;
      if (tokens.slice(index + 1, verb).some((word) => CLITICS.has(word) || POINTED.has(word))) return true;
      let next = verb + 1;
      while (PARTICLES.has(tokens[next] ?? '')) next++;
      const object = tokens[next];
      if (!isWord(object) || FOLLOWERS.has(object!) || NUMBER_NOUN.test(object!)) return true;
      // "don't post it", "não bota esse": the pronoun ends the clause ("don't put it off" is a phrasal verb).
      if (POINTED.has(object!)) {
        let past = next + 1;
        while (PARTICLES.has(tokens[past] ?? '') || AFTER_POINTER.has(tokens[past] ?? '')) past++;
        const then = tokens[past];
        if (!isWord(then) || FOLLOWERS.has(then!) || SITE_WORDS.has(then!)) return true;
        if (NOWHERE.some((phrase) => phrase.every((word, offset) => tokens[past + offset] === word))) return true;
        continue;
      }
      if (DETERMINERS.has(object!) && NUMBER_NOUN.test(tokens[next + 1] ?? '')) return true;
      if (NOWHERE.some((phrase) => phrase.every((word, offset) => tokens[next + offset] === word))) return true;
    }
    return false;
  });
}

// "Não bota o nome dele nem o telefone, (48) 9…": the number right after its noun, which "nem",
// "nor" or "ni" joins to what a refusal before it named ("…nem celular, só o fixo: 3222-1111" gives
// the landline, named after "só").
const NOR_NOUN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternationOf(said.norWords)})\\s+(?:(?:${alternationOf(said.objectDeterminers)})\\s+)*(?:${NUMBER_LABEL.source})(?:\\s+(?:d[aeo]s?|de|del|of)\\s+[\\p{L}]+){0,2}\\s*[,:–—-]?\\s*\\(?\\s*$`,
  'u',
);

function isJoinedToRefusal(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 60), at);
  if (!NOR_NOUN_BEFORE.test(before)) return false;
  const start = sentenceStartAt(folded, at);
  const tokens = folded.slice(start, at).match(/[\p{L}']+/gu) ?? [];
  return tokens.some((token, index) => NEGATIONS.has(token) && tokens.slice(index + 1, index + 4).some((word) => PUT_WORDS.has(word)));
}

// "O meu telemóvel, 916 204 738, é pessoal", "my mobile, 07700 900432, is private": a number the
// person calls theirs, said right after it to be their own only, is no way to reach the business —
// unless the sentence goes on to allow it ("é privado, mas é o único, ponham"). Read as typed: the
// "é" typed without its accent is the "e" of "… e pessoal (47) 9…", which lists another number, so
// it counts only where the sentence ends on the word ("916 204 738 e pessoal.").
const OWN_ONLY_AFTER = new RegExp(
  `^\\s*\\)?\\s*[,–—-]?\\s*(é|eh|e|es|is|'s|’s|está|esta|fica)\\s+(?:(?:só|so|only|solo|apenas|just)\\s+)?(?:(?:o|a|el|la|my|meu|minha|mi)\\s+)?(?:${alternationOf(said.ownOnly)})(?![\\p{L}])([^.!?\\n]*)`,
  'u',
);
const ALLOWING = new RegExp(`(?<![\\p{L}])(?:${alternationOf(said.ownOnlyAllowed)})(?![\\p{L}])`, 'u');

function isOwnOnly(prompt: string, end: number): boolean {
  const said = OWN_ONLY_AFTER.exec(prompt.slice(end, end + 80).toLocaleLowerCase());
  if (said === null || ALLOWING.test(fold(said[2] ?? ''))) return false;
  return said[1] !== 'e' || /^\s*(?:[,;]|$)/u.test(said[2] ?? '');
}

// "O meu celular, (67) 9…, não, que é pra família", "mi celular 099…, no.": a negation standing
// alone right after the number (a stop before and after it) answers "may this go on the site?"
// ("091 123 456, No. 12 Shop Street" is a house number).
const REFUSED_AFTER = new RegExp(
  `^\\s*\\)?\\s*[,–—-]\\s*(?:${[...NEGATIONS].map(escapeRegExp).join('|')})\\s*(?:[,;!–—]|\\.(?!\\s*\\d)|$)`,
  'u',
);

function isRefusedAfter(folded: string, end: number): boolean {
  return REFUSED_AFTER.test(folded.slice(end, end + 12));
}

/**
 * An address is refused like a number is: "O do meu neto, rui@…, não é para pôr", "my daughter's
 * email is …, don't put it on there", "…, é pessoal".
 */
function isEmailKeptOff(prompt: string, folded: string, email: string): boolean {
  const at = folded.indexOf(email.toLowerCase());
  if (at < 0) return false;
  const end = at + email.length;
  // Only what the sentence says after the address refuses it: "Não coloca o telefone, só o email
  // x@…" refuses the phone, before it.
  // (…or a refusal before it that names an address: "Não coloca meu email pessoal no site: x@…".)
  const after = ' '.repeat(end) + folded.slice(end);
  const sentence = folded.slice(sentenceStartAt(folded, at), at);
  // (The address's noun in the refusing clause itself: "Não coloca o telefone, só o email x@…" refuses the phone.)
  const negation = sentence.search(/(?<![\p{L}])(?:nao|no|not|don't|dont|never|nunca)(?![\p{L}])/u);
  // (…and the address inside that clause, a colon at most before it: "…, use the shop one x@…" is another.)
  const refusing = negation < 0 || /[,;.]/u.test(sentence.slice(negation)) ? '' : sentence.slice(negation);
  const namesAnAddress = /(?<![\p{L}])(?:e-?mail|mail|correo)(?![\p{L}])/u.test(refusing);
  return (
    isKeptOffTheSite(after, end) ||
    (namesAnAddress && isKeptOffTheSite(folded, at)) ||
    isRefusedAfter(folded, end) ||
    isOwnOnly(prompt, end)
  );
}

/**
 * "24h", "24 horas", "24/7" say the business never closes — unless they measure time: "entrega em
 * até 24h", "within 24 hours", "en 24 horas", "resposta em 24h" are how fast, not when it is open.
 */
function isOpenAroundTheClock(prompt: string): boolean {
  if (/24\/7/.test(prompt)) return true;
  const folded = fold(prompt);
  return [...folded.matchAll(/\b24 ?(?:h|hs|horas|hours?)\b/gi)].some(
    (match) => !isDurationAt(folded, match.index, match.index + match[0].length),
  );
}
