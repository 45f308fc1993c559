/**
 * What the fake server answers in the generate bench: the naive arm's whole-site HTML, and for
 * the planned arm a plan and section instances of the exact schemas the engine sends,
 * synthesized and then padded to a realistic size (plan ~115 tokens, sections 150–250).
 *
 * A section's size is fixed by its copy, not by the JSON the engine asks for: the texts are grown
 * until the section as a call wrote it before the engine chose variants and the hero's links —
 * the call schema with `variant` and the hero buttons' `href` kept, texts in the per-locale shape
 * (`"title": {"pt-BR": "…"}`) — is SECTION_TOKENS long. That reference does not move when the
 * engine's format does, so neither does the copy. Then only the fields the engine's call schema
 * asks for are written, in the shape it asks for them (plain texts on a one-language site; no
 * `variant` where the engine chooses it from the site's style; hero buttons with their labels
 * only, the engine sets where they lead). So the same copy costs what the engine's format makes
 * it cost, and a leaner format shows up in the figures instead of being padded back to the target.
 */
import { z } from 'zod';
import type { SectionType } from '../../../src/modules/document/section-registry';
import { buildSectionSchema } from '../../../src/modules/generate/engine/build-section-schema';
import { planSchema } from '../../../src/modules/generate/engine/plan-schema';
import { synthesizeFromSchema } from '../../fakes/openai/synthesize-from-schema';

// A typical landing page in one language (pt-BR), 8 sections.
export const LOCALES = ['pt-BR'];
export const PLAN: readonly SectionType[] = ['hero', 'features', 'about', 'menu', 'testimonials', 'faq', 'contact', 'footer'];
// Target sizes in tokens (the fake counts ~4 characters per token).
export const NAIVE_TOKENS = 3_500;
/** Per section, 150–250 tokens: short frames (hero, footer), longer lists (menu, FAQ). */
const SECTION_TOKENS: Partial<Record<SectionType, number>> = {
  hero: 150,
  features: 220,
  about: 200,
  menu: 250,
  testimonials: 200,
  faq: 250,
  contact: 170,
  footer: 150,
};

const LOREM = 'Pães artesanais de fermentação natural, assados todas as manhãs no forno a lenha do bairro. ';

function fill(chars: number): string {
  return LOREM.repeat(Math.ceil(chars / LOREM.length))
    .slice(0, chars)
    .trim();
}

export function naiveHtml(): string {
  const perSection = Math.floor((NAIVE_TOKENS * 4) / PLAN.length);
  return PLAN.map((kind, i) => {
    const open = `<section id="s${i + 1}" class="section section--${kind}">\n  <h2>${kind}</h2>\n  <p>`;
    const close = `</p>\n</section>\n`;
    return open + fill(perSection - open.length - close.length) + close;
  }).join('');
}

/**
 * A plan in the engine's schema, its properties in the schema's order (guided decoding writes
 * them in that order, and the engine reads the plan while it streams), its SEO title and
 * description as long as the plan prompt allows (60 and 155 characters): ~115 tokens. (Until the
 * plan dropped its per-section briefs, they were lengthened here until the plan was 150 tokens.)
 */
export function planJson(): string {
  const fields: Record<string, unknown> = {
    name: 'Padaria Pão Quente',
    kind: 'Bakery',
    tagline: 'Fermentação natural, todo dia',
    style: 'elegant',
    palette: 'sunrise',
    fonts: 'classic-serif',
    sections: [...PLAN],
    seo: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        {
          title: 'Padaria Pão Quente — pães de fermentação natural em São Paulo',
          description:
            'Pães de fermentação natural, doces e café feitos todo dia no forno a lenha da Vila Madalena. Encomende pelo WhatsApp e retire fresquinho.',
        },
      ]),
    ),
  };
  const order = Object.keys(planSchema(LOCALES).shape);
  if (order.length !== Object.keys(fields).length || !order.every((key) => key in fields)) {
    throw new Error(`the bench's plan does not match the engine's plan schema (${order.join(', ')})`);
  }
  return JSON.stringify(Object.fromEntries(order.map((key) => [key, fields[key]])));
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonSchema = { [key: string]: unknown };

/** Every object property required, so the synthesized instance has the fields a model would fill. */
function requireAll(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(requireAll);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, child] of Object.entries(node)) out[key] = requireAll(child);
  if (out.properties !== null && typeof out.properties === 'object') out.required = Object.keys(out.properties);
  return out;
}

/** Values the synthesizer cannot guess (refinements, not JSON Schema) for fields named like these. */
const FIELD_VALUES: Record<string, string> = {
  href: '#contact',
  src: '/images/padaria.jpg',
  email: 'ola@paoquente.example',
  phone: '+55 11 3000 1234',
};

/** The synthesizer's filler strings as (container, key) pairs to grow in place; fields in FIELD_VALUES get their fixed value instead. */
function stringLeaves(node: Json, out: Array<{ parent: { [key: string]: Json }; key: string }> = []) {
  if (Array.isArray(node)) node.forEach((item) => stringLeaves(item, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (Object.hasOwn(FIELD_VALUES, key)) node[key] = FIELD_VALUES[key];
        else if (value.startsWith('lorem')) out.push({ parent: node, key });
      } else stringLeaves(value, out);
    }
  }
  return out;
}

/**
 * A JSON answer for one section call, about SECTION_TOKENS long: a synthesized instance of the
 * very schema the engine sends, whose texts are lengthened one at a time (round robin), keeping
 * only growth the schema accepts.
 */
const sectionJsonCache = new Map<SectionType, string>();
export function sectionJsonFor(type: SectionType): string {
  const cached = sectionJsonCache.get(type);
  if (cached) return cached;
  // The reference the copy is sized by: all a section call could write, per locale (see the header).
  const schema = buildSectionSchema(type, LOCALES, 'per-locale', { variant: 'keep', heroHrefs: 'keep' });
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  let value = synthesizeFromSchema(requireAll(jsonSchema)) as Json;
  let leaves = stringLeaves(value);
  if (!schema.safeParse(value).success) {
    value = synthesizeFromSchema(jsonSchema) as Json;
    leaves = stringLeaves(value);
  }
  for (const leaf of leaves) leaf.parent[leaf.key] = 'Pão';
  const target = (SECTION_TOKENS[type] ?? 200) * 4;
  for (let i = 0; leaves.length > 0 && JSON.stringify(value).length < target; i = (i + 1) % leaves.length) {
    const { parent, key } = leaves[i];
    const before = parent[key];
    parent[key] = `${String(before)} ${fill(Math.min(30, target - JSON.stringify(value).length))}`;
    if (!schema.safeParse(value).success) {
      parent[key] = before;
      leaves.splice(i, 1);
      i -= 1;
    }
  }
  // The same texts, only the fields the engine asks for, in the shape it asks for them (plain
  // strings on a one-language site).
  const engineSchema = buildSectionSchema(type, LOCALES);
  const asked = onlyFieldsOf(engineSchema, value);
  const answer = engineSchema.safeParse(asked).success ? asked : plainTexts(asked);
  const parsed = engineSchema.safeParse(answer);
  // Zod drops fields a schema does not name: the answer must survive parsing unchanged.
  if (!parsed.success || JSON.stringify(parsed.data) !== JSON.stringify(answer)) {
    throw new Error(`the bench's ${type} answer does not fit the engine's schema`);
  }
  const text = JSON.stringify(answer);
  sectionJsonCache.set(type, text);
  return text;
}

/**
 * The section's fields the engine's call schema names, at every depth (`variant` is not asked
 * for where the engine chooses it, a hero button's `href` never).
 */
function onlyFieldsOf(schema: z.core.$ZodType, value: Json): Json {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (Array.isArray(value)) return inner instanceof z.ZodArray ? value.map((item) => onlyFieldsOf(inner.element, item)) : value;
  if (value === null || typeof value !== 'object' || !(inner instanceof z.ZodObject)) return value;
  const shape: Record<string, z.core.$ZodType> = inner.shape;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => Object.hasOwn(shape, key))
      .map(([key, child]) => [key, onlyFieldsOf(shape[key], child)]),
  );
}

/** `{"pt-BR": "Pão"}` → `"Pão"`, everywhere (the bench's site has one locale). */
function plainTexts(value: Json): Json {
  if (Array.isArray(value)) return value.map(plainTexts);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === LOCALES[0] && typeof value[keys[0]] === 'string') return value[keys[0]];
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, plainTexts(child)]));
}

/**
 * The model's reading of the bench prompt (`site_brief`), as a model writes it: every field of
 * the schema in order, the offerings one by one, no facts (the prompt gives none): ~130 tokens.
 */
export function briefJson(): string {
  return JSON.stringify({
    name: null,
    what: 'padaria artesanal de fermentação natural',
    kindId: 'bakery',
    features: ['whatsapp'],
    items: [
      { text: 'pães de fermentação natural', role: 'offering' },
      { text: 'doces', role: 'offering' },
      { text: 'café', role: 'offering' },
      { text: 'encomendas pelo WhatsApp', role: 'channel' },
    ],
    audience: null,
    languages: ['pt-BR'],
    facts: { phones: [], whatsapp: null, emails: [], address: null, openingHours: [], prices: [], pixKey: null, urls: [] },
  });
}
