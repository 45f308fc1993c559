import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/feature-words.json';
import { readingCues } from './reading-cues';
import { alternationOf, escapeRegExp, fold } from './text';
import { briefFeatures, type BriefFeature, type KindFamily } from './site-brief-schema';
import { isDurationAt } from './is-duration';

/**
 * Features the prompt asks for, in pt, en and es (folded text: lowercase, no accents). A feature
 * is asked for when the prompt names it ("com mapa", "newsletter signup", "pedir cita") or gives
 * the fact it needs (a WhatsApp number, opening hours, a PIX key). Asking *not* to have something
 * ("nada de depoimentos inventados", "don't make up reviews") is not a request.
 */
/**
 * The words that ask for each feature are content (`content/feature-words.json`, regular
 * expressions over the folded prompt, each checked to compile when loaded): reviewed as language,
 * never a list of trades.
 */
const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const featureWordsSchema = z.object({
  $comment: z.string(),
  whatsappWord: regexSource,
  whatsappRefusal: z.object({
    $comment: z.string(),
    before: regexSource,
    beforeByNo: regexSource,
    after: regexSource,
    sentence: regexSource,
  }),
  phoneWord: regexSource,
  numberLabelWord: regexSource,
  features: z.object(
    Object.fromEntries(briefFeatures.map((feature) => [feature, regexSource])) as Record<BriefFeature, typeof regexSource>,
  ),
  negated: regexSource,
  noObligation: regexSource,
  negatedByNo: z.object({ $comment: z.string(), en: regexSource, es: regexSource }),
  formWords: regexSource,
  negatedNear: z.object({ $comment: z.string(), pt: regexSource, es: regexSource }),
  phoneRequest: regexSource,
  textWord: regexSource,
  onlyWords: regexSource,
  formRefusal: regexSource,
  formRefusalClause: z.object({
    $comment: z.string(),
    formNouns: z.array(z.string().min(1)),
    wantVerbs: z.array(z.string().min(1)),
    objectWords: z.array(z.string().min(1)),
    leadWords: z.array(z.string().min(1)),
    clitics: z.array(z.string().min(1)),
  }),
  textRefusal: z.object({ $comment: z.string(), fillers: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }),
  callRefusal: z.object({
    $comment: z.string(),
    negations: z.array(z.string()),
    callNouns: z.array(z.string()),
    answerVerbs: z.array(z.string()),
    alsoWords: z.array(z.string().min(1)),
  }),
  falseFriends: z.partialRecord(z.enum(['pt', 'en', 'es']), z.partialRecord(z.enum(briefFeatures), regexSource)),
  handOver: z.object({ $comment: z.string(), before: regexSource }),
  textOnlyWords: z.object({
    $comment: z.string(),
    pt: z.array(z.string().min(1)),
    es: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
    gapStops: z.array(z.string().min(1)),
  }),
});
const words = parseContent('src/modules/brief/content/feature-words.json', featureWordsSchema, raw);

const HAND_OVER = new RegExp(words.handOver.before);

/** WhatsApp as people write it ("chama no whats", "manda um zap"), folded. */
export const WHATSAPP_WORD = new RegExp(words.whatsappWord);
/** "não respondo a SMS", "no texts": the words around a refusal of texts (content/feature-words.json, textRefusal). */
export const TEXT_REFUSAL = { fillers: new Set(words.textRefusal.fillers), verbs: new Set(words.textRefusal.verbs) };
/** "text or call", "SMS": a number that takes text messages, folded. */
export const TEXT_WORD = new RegExp(words.textWord);
/** Words that say a number is for calls ("telefone fixo", "call", "ligue"), folded. */
export const PHONE_WORD = new RegExp(words.phoneWord);
/** Any word that labels a phone number ("WhatsApp", "tel", "celular", "SMS"), folded. */
export const NUMBER_LABEL = new RegExp(`${words.whatsappWord}|${words.phoneWord}|${words.textWord}|${words.numberLabelWord}`);

// "só atendo pelo whats", "agendamento é só pelo WhatsApp", "WhatsApp only", "solo por WhatsApp":
// an "only" word at most three words before WhatsApp, or right after it.
const ONLY_WHATSAPP = new RegExp(
  `${words.onlyWords}(?:\\W+[\\p{L}\\d]+){0,3}?\\W+${words.whatsappWord}|${words.whatsappWord}\\W{1,3}${words.onlyWords}`,
  'u',
);
const refusal = {
  negations: new Set(words.callRefusal.negations),
  callNouns: new Set(words.callRefusal.callNouns),
  answerVerbs: new Set(words.callRefusal.answerVerbs),
  alsoWords: new Set(words.callRefusal.alsoWords),
};

/**
 * "no atiendo llamadas", "atendo chamadas": a word that names calls ("llamadas" is also "called")
 * after a verb of answering or a negation (folded words).
 */
export function isCallWordAfter(word: string, before: string | undefined): boolean {
  return refusal.callNouns.has(word) && before !== undefined && (refusal.answerVerbs.has(before) || refusal.negations.has(before));
}

// Where a clause ends: punctuation, or a contrast ("mas", "but", "pero"; reading cues).
const CLAUSE_BREAK = new RegExp(`[.;:!?\\n]|,(?!\\d)|\\s(?:${readingCues.contrastLeads.map(escapeRegExp).join('|')})\\s`, 'u');

/**
 * A clause that refuses calls, whatever its order: "não atendo ligações", "ligação a gente não
 * atende", "el celular no lo contesto", "I can't answer the phone", "no calls", "sin llamadas" — a
 * negation and a call word with a verb of answering, or the negation right before the call word.
 * Read per clause, so "não atendo aos domingos, telefone …" refuses nothing.
 */
function refusesCalls(folded: string, lang: string | undefined): boolean {
  // (In Portuguese "no" is "in the": "respondo a todas as chamadas no próprio dia" refuses nothing.)
  const isNegation = (token: string) => refusal.negations.has(token) && !(token === 'no' && lang?.startsWith('pt'));
  return folded.split(CLAUSE_BREAK).some((clause) => {
    const tokens = clause.match(/[\p{L}']+/gu) ?? [];
    const at = (test: (token: string) => boolean) => tokens.findIndex(test);
    const negation = at(isNegation);
    const call = at((token) => refusal.callNouns.has(token));
    if (negation < 0 || call < 0) return false;
    // "no calls", "no phone calls", "sem ligação".
    if (call > negation && call - negation <= 2) return true;
    // "ligação também não", "llamadas no": the negation answers the call word and ends the clause.
    const last = tokens.length - 1;
    if (isNegation(tokens[last]!) && tokens.slice(call + 1, last).every((token) => refusal.alsoWords.has(token)) && last - call <= 2)
      return true;
    return tokens.some((token) => refusal.answerVerbs.has(token));
  });
}

/**
 * The one way the business is reached, when the person says so: WhatsApp only ("só atendo pelo
 * whats", "não atendo ligações" with a WhatsApp number). Then the site has no phone-call link and
 * no form to wait on: every call to action opens the chat. Over the folded prompt.
 */
/**
 * The person refuses a form ("não quero formulários de contacto: as pessoas têm de poder ligar",
 * "no contact form please"): the site offers its phone, WhatsApp or email and no form. Over the
 * folded prompt; "sem compromisso pelo formulário" is an offer's terms and refuses nothing.
 */
export function refusesForm(folded: string): boolean {
  return FORM_REFUSAL.test(folded.replace(NO_OBLIGATION, (idiom) => ' '.repeat(idiom.length))) || refusesFormInClause(folded);
}
const FORM_REFUSAL = new RegExp(words.formRefusal);
const formClause = {
  nouns: new Set(words.formRefusalClause.formNouns),
  verbs: new Set(words.formRefusalClause.wantVerbs),
  objects: new Set(words.formRefusalClause.objectWords),
  leads: new Set(words.formRefusalClause.leadWords),
  clitics: new Set(words.formRefusalClause.clitics),
};

/**
 * "no deseamos formulario de contacto ni WhatsApp", "formulario nao precisa nao mano": a negation
 * with a verb of wanting or putting right after it, and the form as that verb's object — after it
 * with only determiners between, or before the negation with only pronouns and adverbs between.
 * Per clause (content/feature-words.json, formRefusalClause).
 */
function refusesFormInClause(folded: string): boolean {
  return folded.split(CLAUSE_BREAK).some((clause) => {
    const tokens = clause.match(/[\p{L}']+/gu) ?? [];
    return tokens.some((token, negation) => {
      if (!refusal.negations.has(token)) return false;
      // The verb right after the negation, or after one clitic ("no lo necesito", "do not want"):
      // "No rodapé coloca o formulário" is Portuguese "in the", nothing refused.
      const verb = tokens.findIndex(
        (word, at) =>
          formClause.verbs.has(word) && (at === negation + 1 || (at === negation + 2 && formClause.clitics.has(tokens[negation + 1]!))),
      );
      if (verb < 0) return false;
      const after = tokens.slice(verb + 1);
      const nounAfter = after.findIndex((word) => formClause.nouns.has(word));
      if (nounAfter >= 0 && after.slice(0, nounAfter).every((word) => formClause.objects.has(word))) return true;
      // The form first, the refusal closing on it: "formulario nao precisa (nao)", never "formulário
      // não precisa ter email" (what follows the verb is what is not needed).
      const next = tokens[verb + 1];
      if (next !== undefined && !refusal.negations.has(next) && !formClause.leads.has(next)) return false;
      const before = tokens.slice(0, negation);
      const nounBefore = before.findLastIndex((word) => formClause.nouns.has(word));
      return nounBefore >= 0 && before.slice(nounBefore + 1).every((word) => formClause.leads.has(word));
    });
  });
}

/** The person names a form for the site ("quero um formulário", "a contact form would be nice"), asking for or about one. */
export function asksForForm(folded: string): boolean {
  return FORM_WORDS.test(folded);
}
const FORM_WORDS = new RegExp(words.formWords);

const WHATSAPP_REFUSED_BEFORE = new RegExp(words.whatsappRefusal.before);
const WHATSAPP_REFUSED_BY_NO = new RegExp(words.whatsappRefusal.beforeByNo);
const WHATSAPP_REFUSED_AFTER = new RegExp(words.whatsappRefusal.after);
const WHATSAPP_REFUSED_IN_SENTENCE = new RegExp(words.whatsappRefusal.sentence);

/**
 * "No WhatsApp please, ring the landline", "WhatsApp não, só telefone fixo": every mention of
 * WhatsApp refuses it (folded). Its number is then only a phone — a WhatsApp button there reversed
 * what the person said.
 */
export function refusesWhatsapp(folded: string, lang?: string): boolean {
  const mentions = [...folded.matchAll(new RegExp(WHATSAPP_WORD.source, 'g'))];
  if (mentions.length === 0) return false;
  const byNo = lang !== undefined && !lang.startsWith('pt');
  return mentions.every((mention) => {
    // (Within its own line and sentence: "datafono no tenemos⏎⏎whatsapp 311…" refuses the card machine.)
    const before = folded.slice(Math.max(0, mention.index - 24), mention.index).replace(/^[^]*[.!?\n]/u, '');
    const after = folded.slice(mention.index + mention[0].length, mention.index + mention[0].length + 16);
    // "o WhatsApp e o email são da minha neta e não são para pôr": the sentence says it is not to be put.
    const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => folded.lastIndexOf(mark, mention.index))) + 1;
    const sentenceEnd = folded.slice(mention.index).search(/[.!?\n]/);
    const sentence = folded.slice(sentenceStart, sentenceEnd < 0 ? undefined : mention.index + sentenceEnd);
    return (
      WHATSAPP_REFUSED_BEFORE.test(before) ||
      (byNo && WHATSAPP_REFUSED_BY_NO.test(before)) ||
      WHATSAPP_REFUSED_AFTER.test(after) ||
      WHATSAPP_REFUSED_IN_SENTENCE.test(sentence)
    );
  });
}

export function reachOnlyBy(folded: string, lang: string | undefined): 'whatsapp' | undefined {
  if (!WHATSAPP_WORD.test(folded)) return undefined;
  return ONLY_WHATSAPP.test(folded) || refusesCalls(folded, lang) ? 'whatsapp' : undefined;
}

// "só por SMS", "texts only", "solo mensajes de texto": an "only" word of the prompt's language right
// before the word for texts (a link word between at most) or right after it.
const ONLY_TEXT = Object.fromEntries(
  (['pt', 'es', 'en'] as const).map((language) => {
    const only = `\\b(?:${alternationOf(words.textOnlyWords[language])})\\b`;
    // ("só atendo por SMS", "only answer texts": two words may stand between — never a call or an "or": "only call or text".)
    const notCalls = `(?!(?:${alternationOf([...words.callRefusal.callNouns, ...words.textOnlyWords.gapStops])})\\b)`;
    const link = `(?:${notCalls}[\\p{L}]+\\s+){0,2}`;
    return [language, new RegExp(`${only}\\s+${link}${words.textWord}|${words.textWord}\\W{1,3}${only}`, 'u')];
  }),
) as Record<'pt' | 'es' | 'en', RegExp>;

/**
 * A number that takes texts, when the person says texts are the only way ("só por SMS", "texts
 * only", "no atiendo llamadas"): its link sends a text, and no link calls it. Over the folded prompt.
 */
export function reachOnlyByText(folded: string, lang: string | undefined): boolean {
  const language = lang?.startsWith('pt') ? 'pt' : lang?.startsWith('es') ? 'es' : 'en';
  return ONLY_TEXT[language].test(folded) || refusesCalls(folded, lang);
}

const PATTERNS = Object.fromEntries(briefFeatures.map((feature) => [feature, new RegExp(words.features[feature])])) as Record<
  BriefFeature,
  RegExp
>;

// "nada de depoimentos", "sem avaliações", "don't make up reviews", "no testimonials", "sin opiniones".
const NEGATED = new RegExp(words.negated);

// "Sem compromisso", "sin compromiso", "no obligation": an offer's terms, not a refusal of what follows.
const NO_OBLIGATION = new RegExp(words.noObligation, 'g');

function isNegated(folded: string, index: number, language?: 'pt' | 'en' | 'es'): boolean {
  const before = folded.slice(Math.max(0, index - 40), index).replace(NO_OBLIGATION, (idiom) => ' '.repeat(idiom.length));
  const byNo = language === 'en' || language === 'es' ? NEGATED_BY_NO[language] : undefined;
  const near = language === 'pt' || language === 'es' ? NEGATED_NEAR[language] : undefined;
  return NEGATED.test(before) || (byNo?.test(before) ?? false) || (near?.test(before) ?? false);
}
const NEGATED_BY_NO = { en: new RegExp(words.negatedByNo.en), es: new RegExp(words.negatedByNo.es) };
const NEGATED_NEAR = { pt: new RegExp(words.negatedNear.pt, 'u'), es: new RegExp(words.negatedNear.es, 'u') };

// "NÃO ponham preços no site", "please don't put prices", "no pongan precios", "nada de preços": the
// person tells us to leave the feature off — which no other mention of it undoes ("os preços da
// internet só trazem confusão" a sentence later asks for none).
const PUT_VERBS = alternationOf([...readingCues.instructionVerbs, ...readingCues.refusedUseVerbs].map((verb) => fold(verb)));
const REFUSED_ON_SITE = new RegExp(
  `(?:\\b(?:nao|no|don't|dont|do not|never|nunca|please no)\\s+(?:${PUT_VERBS})\\s+(?:[a-z']+\\s+){0,2}|\\bnada de\\s+(?:[a-z']+\\s+){0,1})$`,
  'u',
);

// "Precios NO quiero en la web", "preços não quero no site": the feature named first, then refused.
const REFUSED_AFTER = new RegExp(
  `^\\s*,?\\s*(?:nao|no|don't|dont|do not)\\s+(?:(?:${PUT_VERBS}|quero|queremos|quiero|queremos|want)\\b)`,
  'u',
);

function isRefusedOnSite(folded: string, index: number, end = index): boolean {
  return REFUSED_ON_SITE.test(folded.slice(Math.max(0, index - 40), index)) || REFUSED_AFTER.test(folded.slice(end, end + 30));
}

// The phone as a way to reach the business: "por telefone", "pelo telefone", "número de
// telefone", "ligue", "by phone", "over the phone", "phone number", "call us", "por teléfono",
// "llámanos", "contacto telefónico", or listed with other contacts ("telefone e e-mail").
const PHONE_REQUEST = new RegExp(words.phoneRequest);

function hasPhoneRequest(folded: string): boolean {
  for (const match of folded.matchAll(new RegExp(PHONE_REQUEST.source, 'g'))) if (!isNegated(folded, match.index)) return true;
  return false;
}

export type FeatureFacts = {
  hasPhone: boolean;
  hasWhatsapp: boolean;
  hasEmail: boolean;
  hasHours: boolean;
  hasAddress: boolean;
  /** A landmark or area the business is by ("perto do metro de Arroios"): where a map link leads. */
  hasLandmark: boolean;
  hasPrices: boolean;
  hasPix: boolean;
  hasDonationUrl: boolean;
  hasInstagram: boolean;
};

/** Requested features, in `briefFeatures` order; `lang` ("es", "pt-BR"…) drops the words that mean something else in it. */
export function detectFeatures(prompt: string, facts: FeatureFacts, family: KindFamily, lang?: string): BriefFeature[] {
  const folded = fold(prompt);
  const language = lang?.split('-')[0] as 'pt' | 'en' | 'es' | undefined;
  const falseFriends = (language && words.falseFriends[language]) ?? {};
  const asked = new Set<BriefFeature>();
  const refused = new Set<BriefFeature>();
  for (const [feature, pattern] of Object.entries(PATTERNS) as Array<[BriefFeature, RegExp]>) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of folded.matchAll(global)) {
      // "entrega em até 24h" is how fast, not when the business is open.
      const amount = feature === 'hours' ? /\d+\s?$/.exec(folded.slice(0, match.index)) : null;
      if (feature === 'hours' && (/^\d/.test(match[0]) || amount) && isDurationAt(folded, match.index - (amount?.[0].length ?? 0)))
        continue;
      const falseFriend = falseFriends[feature];
      if (falseFriend && new RegExp(falseFriend).test(match[0])) continue;
      // "pagamento na entrega", "prazo de entrega": the hand-over of the work, not a delivery service.
      if (feature === 'delivery' && HAND_OVER.test(folded.slice(Math.max(0, match.index - 30), match.index))) continue;
      if (isRefusedOnSite(folded, match.index, match.index + match[0].length)) {
        refused.add(feature);
        break;
      }
      if (!isNegated(folded, match.index, language)) asked.add(feature);
    }
  }
  // Facts need somewhere to live: a number to call, hours to show, a key to donate to.
  if (facts.hasPhone) asked.add('phone');
  if (facts.hasWhatsapp) asked.add('whatsapp');
  if (facts.hasEmail) asked.add('email');
  if (facts.hasHours) asked.add('hours');
  if (facts.hasAddress || facts.hasLandmark) asked.add('map');
  if (facts.hasPrices) asked.add('pricing');
  if (facts.hasInstagram) asked.add('social');
  if (facts.hasDonationUrl || (facts.hasPix && family === 'community')) asked.add('donation');
  if (refusesWhatsapp(folded, lang)) asked.delete('whatsapp');
  // "WhatsApp" alone is the channel; a phone line is implied by it.
  if (asked.has('whatsapp') && !facts.hasPhone) asked.delete('phone');
  // A phone asked for without the number ("encomendas por telefone") stays asked for: the site
  // gets a marked "add your phone number" that blocks publishing until the person gives it,
  // rather than the request vanishing (and never a number we made up). Without a number only a
  // way of reaching the business counts: a "phone consultation" or "phone repair" is an offering.
  // Digits we could not read as a number are still a number given: kept, and asked for again.
  if (asked.has('phone') && !facts.hasPhone && !hasPhoneRequest(folded) && !/\d{3}/.test(prompt)) asked.delete('phone');
  if (!facts.hasEmail) asked.delete('email');
  for (const feature of refused) asked.delete(feature);
  return [...asked];
}

/**
 * What a form the person asked for by name is for ("quote form please:", "formulário de orçamento
 * com", "booking form:"): the words asking for it name a quote or a booking, not both.
 */
export function formPurposeOf(request: string): 'quote' | 'booking' | undefined {
  const isQuote = PATTERNS.quote.test(request);
  const isBooking = PATTERNS.booking.test(request);
  return isQuote === isBooking ? undefined : isQuote ? 'quote' : 'booking';
}

/** Whether the folded text names the feature at all, asked for or refused ("nada de depoimentos inventados"). */
export function namesFeature(folded: string, feature: BriefFeature): boolean {
  return PATTERNS[feature].test(folded);
}

/**
 * Where the folded text names a feature (not negated): the words a person used to ask for part
 * of the site ("galeria de fotos", "botão de WhatsApp"), so the reader can tell them from what
 * they said about the business.
 */
export function featureSpans(folded: string): Array<{ feature: BriefFeature; start: number; end: number }> {
  const spans: Array<{ feature: BriefFeature; start: number; end: number }> = [];
  for (const [feature, pattern] of Object.entries(PATTERNS) as Array<[BriefFeature, RegExp]>) {
    for (const match of folded.matchAll(new RegExp(pattern.source, 'g'))) {
      if (!isNegated(folded, match.index)) spans.push({ feature, start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { words as featureWords };
