import { localeSchema } from '@/modules/document/primitives';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { genericTaxonomyKind, taxonomyKindById } from '@/modules/brief/taxonomy';
import type { ModelBrief } from './model-brief-schema';

export type CrossCheckBriefFactsInput = {
  /** The person's description, as they wrote it. */
  prompt: string;
  /** What the model read from it (model-brief-schema.ts). */
  modelBrief: ModelBrief;
  /** What the rule-based extractor read from the same prompt. */
  ruleBrief: SiteBrief;
};

/** Lowercase, accents off, runs of spaces as one: "Rua  São João" and "rua sao joao" compare equal. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * The merge of the two readings. A model understands what a business is far better than rules,
 * but it can also "helpfully" complete a phone number, guess an email from the name or round a
 * price, and a wrong phone on a live site costs the person customers. So the model decides what
 * the site is about (kind, what, items, audience, requested features), while every exact fact
 * comes from the prompt itself:
 *   - phones, WhatsApp, emails, address, hours, prices, PIX, links: the rule-based extractor's
 *     (it copies them from the prompt), plus a model's phone, email, address or PIX key only when
 *     the prompt contains it verbatim (a format the extractor missed); anything else the model
 *     gave is dropped, and a fact the model left out is there anyway;
 *   - the name: the model's only when it occurs in the prompt, else the extractor's (which is
 *     always the prompt's words, or null for the placeholder) — never invented;
 *   - the kind: the model's only when it is a kind of the taxonomy, else a fallback built from
 *     the person's words;
 *   - what the model left out (a partial answer: no languages, no features) is the extractor's.
 * Features are the union of both readings: a request either one found is kept, since a feature
 * left out is worse than one added (the person can untick it in the studio).
 */
export function crossCheckBriefFacts({ prompt, modelBrief, ruleBrief }: CrossCheckBriefFactsInput): SiteBrief {
  const text = normalize(prompt);
  const promptDigits = digitsOf(prompt);
  const isInPrompt = (value: string) => normalize(value).length > 0 && text.includes(normalize(value));
  const notes = [...ruleBrief.notes];

  const rule = ruleBrief.facts;
  const phones = [...rule.phones];
  for (const phone of modelBrief.facts.phones) {
    const digits = digitsOf(phone);
    const isKnown = phones.some((known) => digitsOf(known).endsWith(digits) || digits.endsWith(digitsOf(known)));
    if (digits.length >= 8 && promptDigits.includes(digits) && !isKnown) phones.push(phone);
  }
  const modelPhonesDropped = modelBrief.facts.phones.filter((phone) => !promptDigits.includes(digitsOf(phone)) || !digitsOf(phone));
  if (modelPhonesDropped.length > 0)
    notes.push('A phone number that is not in your description was left out: only numbers you wrote are used.');
  const emails = [...rule.emails];
  for (const email of modelBrief.facts.emails) {
    if (isInPrompt(email) && !emails.some((known) => normalize(known) === normalize(email))) emails.push(email.trim());
  }
  const address = rule.address ?? (modelBrief.facts.address && isInPrompt(modelBrief.facts.address) ? modelBrief.facts.address : undefined);
  const pixKey = rule.pixKey ?? (modelBrief.facts.pixKey && isInPrompt(modelBrief.facts.pixKey) ? modelBrief.facts.pixKey : undefined);

  const offerings = modelBrief.items
    .filter((item) => item.role === 'offering')
    .map((item) => item.text.slice(0, 80))
    .slice(0, 12);
  const modelName = modelBrief.name && isInPrompt(modelBrief.name) ? modelBrief.name.trim() : null;
  const what = modelBrief.what.trim() || ruleBrief.what || '';
  const languages = [...new Set(modelBrief.languages.filter((locale) => localeSchema.safeParse(locale).success))];

  return {
    ...ruleBrief,
    name: modelName ?? ruleBrief.name,
    kind: kindOf(modelBrief.kindId, what, ruleBrief),
    what: what.slice(0, 120),
    items: modelBrief.items.length > 0 ? modelBrief.items.slice(0, 30) : ruleBrief.items,
    audience: modelBrief.audience?.trim() || ruleBrief.audience,
    languages: languages.length > 0 ? languages.slice(0, 6) : ruleBrief.languages,
    features: [...new Set([...modelBrief.features, ...ruleBrief.features])],
    facts: {
      ...rule,
      phones: phones.slice(0, 4),
      emails: emails.slice(0, 4),
      ...(address ? { address } : {}),
      ...(pixKey ? { pixKey } : {}),
      offerings: offerings.length > 0 ? offerings : rule.offerings,
    },
    notes: notes.slice(0, 20),
  };
}

/** The taxonomy's kind the model named; a kind it made up (or none) is the person's words on a fallback. */
function kindOf(kindId: string | null, what: string, ruleBrief: SiteBrief): SiteBrief['kind'] {
  const named = kindId ? taxonomyKindById(kindId) : undefined;
  if (named) {
    return {
      id: named.id,
      family: named.family,
      schemaKind: named.schemaKind,
      label: { en: named.noun.en, pt: named.noun.pt, es: named.noun.es },
      isFallback: Boolean(named.isFallback),
      confidence: named.isFallback ? 'near' : 'certain',
    };
  }
  // No kind of ours is this business: a kind the rules were sure of is not kept against the
  // model's reading; a family-level guess of theirs (confidence near/none) still gives the family.
  const base = (ruleBrief.kind.confidence ?? 'certain') === 'certain' ? genericTaxonomyKind : ruleBrief.kind;
  const label = (what || ruleBrief.kind.label.en).slice(0, 60);
  return {
    id: base.id,
    family: base.family,
    schemaKind: base.schemaKind,
    label: { en: label, pt: label, es: label },
    isFallback: true,
    confidence: 'none',
  };
}
