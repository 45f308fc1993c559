import type { ChatCompletionRequestBody, FakeResponder } from '@tests/fakes/openai/server';
import { synthesizeFromSchema } from '@tests/fakes/openai/synthesize-from-schema';
import { USER_TEXT_CLOSE, USER_TEXT_OPEN } from '@/lib/ai/prompt-guard';
import { extractBrief } from '@/modules/brief/extract-brief';
import { modelBriefKindIds, type ModelBrief } from '../model-brief-schema';

export const DEFAULT_PLAN_TYPES = ['hero', 'features', 'about', 'menu', 'testimonials', 'faq', 'contact', 'footer'] as const;

/** json_schema.name of a request: `site_plan`, `section_<type>` or `translation`. */
export function callName(request: ChatCompletionRequestBody): string {
  const format = request.response_format;
  return format?.type === 'json_schema' ? (format.json_schema.name ?? '') : '';
}

function schemaOf(request: ChatCompletionRequestBody): Record<string, unknown> {
  const format = request.response_format;
  const schema = format?.type === 'json_schema' ? format.json_schema.schema : undefined;
  return schema !== null && typeof schema === 'object' ? (schema as Record<string, unknown>) : {};
}

function propertyNames(schema: unknown): string[] {
  if (schema === null || typeof schema !== 'object' || !('properties' in schema)) return [];
  const properties = schema.properties;
  return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
}

/** A valid plan answer for whatever locales the request's schema asks for. */
export function planAnswer(request: ChatCompletionRequestBody, types: readonly string[] = DEFAULT_PLAN_TYPES): string {
  const seoSchema = (schemaOf(request).properties as Record<string, unknown> | undefined)?.seo;
  const seo = Object.fromEntries(
    propertyNames(seoSchema).map((locale) => [locale, { title: `Green Crumb (${locale})`, description: `Vegan bakery (${locale})` }]),
  );
  // In schema order, as guided decoding writes it: the engine starts sections from this stream.
  return JSON.stringify({
    sections: types,
    name: 'Green Crumb',
    kind: 'Bakery',
    tagline: 'Vegan bread, baked at dawn',
    style: 'elegant',
    palette: 'sunrise',
    fonts: 'classic-serif',
    seo,
  });
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// The synthesizer does not solve refinements: give URL-ish fields values our schema accepts.
function fixLeaves(value: Json, name: string, label: string): Json {
  if (Array.isArray(value)) return value.map((item) => fixLeaves(item, name, label));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fixLeaves(child, key, label)]));
  }
  // Only the synthesizer's filler text: enum values and consts must stay as they are.
  if (typeof value !== 'string' || !value.startsWith('lorem')) return value;
  if (name === 'href') return '#contact';
  if (name === 'src') return '/images/photo.jpg';
  return `${label} ${name}`;
}

/** A valid section answer: the request's own schema synthesized, texts reading "<type> (<locale>)". */
export function sectionAnswer(request: ChatCompletionRequestBody): string {
  const type = callName(request).replace(/^section_/, '');
  return JSON.stringify(fixLeaves(synthesizeFromSchema(schemaOf(request)), '', type));
}

/** A translation answer: every requested key, its text "<locale-ish> <key>". */
export function translationAnswer(request: ChatCompletionRequestBody): string {
  return JSON.stringify(Object.fromEntries(propertyNames(schemaOf(request)).map((key) => [key, `translated ${key}`])));
}

/**
 * An answer to the editor's AI text help (`text_suggestions`) from a model that does as it is
 * told: as many distinct texts as the prompt asks for ("exactly 3 …", "Give 1 suggestion"), each
 * naming the text it stands in for.
 */
export function suggestionsAnswer(request: ChatCompletionRequestBody): string {
  const prompt = String(request.messages?.at(-1)?.content ?? '');
  const count = Number(/exactly (\d+)|Give (\d+) suggestion/.exec(prompt)?.slice(1).find(Boolean) ?? 1);
  const text = /"{3}\n([\s\S]*?)\n"{3}/.exec(prompt)?.[1] ?? 'the text';
  return JSON.stringify({ suggestions: Array.from({ length: count }, (_, index) => `${text} — take ${index + 1}`) });
}

/** The customer's text of a request: what a model reads between our data markers. */
export function customerText(request: ChatCompletionRequestBody): string {
  const prompt = String(request.messages?.at(-1)?.content ?? '');
  const start = prompt.indexOf(USER_TEXT_OPEN);
  const end = prompt.indexOf(USER_TEXT_CLOSE);
  return start >= 0 && end > start ? prompt.slice(start + USER_TEXT_OPEN.length, end).trim() : prompt;
}

/**
 * A model that reads the prompt well (`site_brief`): what a careful reader would write, here the
 * rule-based reading of the customer's text put in the model's shape (facts as written).
 */
export function readBrief(request: ChatCompletionRequestBody): ModelBrief {
  const read = extractBrief({ prompt: customerText(request) });
  return {
    name: read.name,
    what: read.what ?? '',
    kindId: read.kind.confidence === 'certain' && modelBriefKindIds.includes(read.kind.id) ? read.kind.id : null,
    features: read.features,
    items: (read.items ?? []).map(({ text, role }) => ({ text, role })),
    audience: read.audience,
    languages: read.languages,
    facts: {
      phones: read.facts.phones,
      whatsapp: read.facts.whatsapp ?? null,
      emails: read.facts.emails,
      address: read.facts.address ?? null,
      openingHours: read.facts.openingHours ?? [],
      prices: read.facts.prices.map((price) => ({ text: price.text, label: price.label ?? null })),
      pixKey: read.facts.pixKey ?? null,
      urls: [],
    },
  };
}

export function briefAnswer(request: ChatCompletionRequestBody): string {
  return JSON.stringify(readBrief(request));
}

/**
 * A model that reads the business right but gets the facts wrong, as small models do: the
 * prompt's phone with its last digits changed, an email and a name made up from the business.
 */
export function wrongBriefAnswer(request: ChatCompletionRequestBody): string {
  const read = readBrief(request);
  const phones = read.facts.phones.length > 0 ? read.facts.phones : ['41 99988-7766'];
  return JSON.stringify({
    ...read,
    name: 'Padaria Sol Nascente',
    facts: {
      ...read.facts,
      phones: phones.map((phone) => phone.replace(/\d\d$/, (last) => String((Number(last) + 11) % 100).padStart(2, '0'))),
      emails: [...read.facts.emails, 'contato@padariasolnascente.com.br'],
      openingHours: ['Mo-Su 00:00-23:59'],
    },
  });
}

/** A model without guided decoding that stopped early: what and the kind, nothing else. */
export function partialBriefAnswer(request: ChatCompletionRequestBody): string {
  const read = readBrief(request);
  return JSON.stringify({ name: read.name, what: read.what, kindId: read.kindId });
}

/** Answers every engine call with valid JSON; `overrides` replace the answer for a call name. */
export function engineResponder(overrides: Record<string, FakeResponder> = {}): FakeResponder {
  return (request) => {
    const name = callName(request);
    const override = overrides[name];
    if (override) return override(request);
    if (name === 'site_plan') return planAnswer(request);
    if (name === 'site_brief') return briefAnswer(request);
    if (name.startsWith('section_')) return sectionAnswer(request);
    if (name === 'translation') return translationAnswer(request);
    if (name === 'text_suggestions') return suggestionsAnswer(request);
    return 'ok';
  };
}
