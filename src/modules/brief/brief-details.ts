import { z } from 'zod';
import { parseContent, patternSchema } from '@/lib/parse-content';
import { fold } from './text';
import content from './content/brief-details.json';
import { keywordsSchema } from './content-schemas';
import type { SiteBrief } from './site-brief-schema';
import type { TaxonomyKind } from './taxonomy-types';

// The countries, the health councils' advertising codes and the audience words are content:
// content/brief-details.json.
const lists = parseContent(
  'src/modules/brief/content/brief-details.json',
  z.strictObject({
    countries: z.array(
      z.strictObject({
        note: z.string().optional(),
        code: z.string().regex(/^[A-Z]{2}$/),
        pattern: patternSchema,
        /** Abbreviations that name the country only in capitals ("USA", "UK", "TX"): in lowercase they are words ("si ya usa lentes"). */
        acronyms: z.array(z.string().regex(/^[A-Z]{2,4}$/)).optional(),
        text: z.string().min(1),
      }),
    ),
    healthCodes: z.record(z.string(), z.string().min(1)),
    audienceWords: keywordsSchema.min(1),
  }),
  content,
);

// Countries a prompt names by themselves ("in Portugal", "no Brasil"): a country is a location,
// never a business name.
const COUNTRIES: Array<{ code: string; pattern: RegExp; acronyms?: RegExp; text: string }> = lists.countries.map(
  ({ code, pattern, acronyms, text }) => ({
    code,
    pattern: new RegExp(pattern),
    ...(acronyms ? { acronyms: new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.join('|')})(?![\\p{L}\\p{N}])`, 'u') } : {}),
    text,
  }),
);

/**
 * Every country's name in English, Portuguese and Spanish (folded), with its code, from the
 * runtime's own CLDR data (Intl.DisplayNames) rather than a list we keep: COUNTRIES above knows the
 * few whose code shapes the site; this says "that is a country" (never a business name: "… in
 * Split, Croatia") and which ("Berlín (El Salvador)").
 */
let countryNames: Map<string, string> | undefined;
// Codes CLDR still names that are no country today (East Germany's "DD" is also "Alemania"), or
// are groupings ("EU", "UN").
const RETIRED_CODES = new Set([
  'DD',
  'YU',
  'CS',
  'SU',
  'ZR',
  'TP',
  'BU',
  'NT',
  'FX',
  'DY',
  'HV',
  'NH',
  'RH',
  'VD',
  'YD',
  'EU',
  'EZ',
  'UN',
  'QO',
]);
export function countryCodeOf(phrase: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    const displays = ['en', 'pt', 'es'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    const unknown = new Set(displays.map((display) => display.of('ZZ')));
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        if (RETIRED_CODES.has(code)) continue;
        for (const display of displays) {
          const name = display.of(code);
          if (!name || unknown.has(name)) continue;
          // ("Trinidad & Tobago" is written with its "and".)
          for (const form of [name, name.replace(' & ', ' and ')]) if (!countryNames.has(fold(form))) countryNames.set(fold(form), code);
        }
      }
    }
  }
  return countryNames.get(fold(phrase));
}

export function isCountryName(phrase: string): boolean {
  return countryCodeOf(phrase) !== undefined;
}

// "em Portugal", "in the US", "en México", "Kingston, Jamaica": a country said as where.
const AS_WHERE = /(?:^|[\s(])(?:em|no|na|nos|in|in the|en|en el|based in|,)\s*$|,\s*$/u;

/**
 * The country the prompt names. `asWhere`: only one said as where the business is ("em Portugal",
 * ", Jamaica") — a prompt whose town already knows its country may name another as a thing
 * ("nada de bandeira dos Estados Unidos", "trips to Italy"), which moves nothing.
 */
export function mentionedCountry(prompt: string, options: { asWhere?: boolean } = {}): { code: string; text: string } | undefined {
  const folded = fold(prompt);
  const isWhere = (country: (typeof COUNTRIES)[number]) => {
    if (!options.asWhere) return true;
    const global = new RegExp(
      country.pattern.source,
      country.pattern.flags.includes('g') ? country.pattern.flags : `${country.pattern.flags}g`,
    );
    return [...folded.matchAll(global)].some((match) => AS_WHERE.test(folded.slice(Math.max(0, match.index - 16), match.index)));
  };
  const found = COUNTRIES.find((country) => (country.pattern.test(folded) || country.acronyms?.test(prompt)) && isWhere(country));
  return found ? { code: found.code, text: found.text } : undefined;
}

const HEALTH_CODES: Record<string, string> = lists.healthCodes;

/**
 * Law and health advertising codes forbid testimonials, promises of results and price
 * promotions (in Brazil: OAB Provimento 205/2021; CFM Resolução 2.336/2023 and the other
 * councils' codes; Portugal's Ordem dos Advogados and Ordem dos Médicos say much the same).
 */
export function regulationFor(kind: TaxonomyKind, country: string | undefined): SiteBrief['regulated'] {
  const isHealth = kind.family === 'health' && !['optician', 'pharmacy'].includes(kind.id);
  if (kind.id === 'law-firm') {
    const code =
      country === 'PT'
        ? 'Ordem dos Advogados (EOA art. 94)'
        : country === 'BR' || !country
          ? 'OAB (Provimento 205/2021)'
          : 'bar advertising rules';
    return {
      profession: 'law',
      code,
      avoid: ['testimonials', 'result-promises', 'price-promotions'],
      why: `Lawyers' advertising must be informative and sober (${code}): no client testimonials, no promises of results, no "free first consultation" or discounts.`,
    };
  }
  if (isHealth) {
    const code = country === 'BR' || !country ? (HEALTH_CODES[kind.id] ?? 'CFM (Resolução 2.336/2023)') : 'health advertising rules';
    return {
      profession: 'health',
      code,
      avoid: ['testimonials', 'result-promises', 'price-promotions'],
      why: `Health professionals' advertising (${code}) may not use patient testimonials, before-and-after promises or price promotions.`,
    };
  }
  return null;
}

const FORMAL =
  /\b(formal|sobri[oa]|serio|seria|serious|corporat\w*|institucional|profissional|professional|elegante|elegant|luxo|luxury)\b/;
const CASUAL = /\b(descontraid[oa]|divertid[oa]|fun|playful|casual|leve|jovem|young|informal)\b/;

export function toneFor(prompt: string, kind: TaxonomyKind): SiteBrief['tone'] {
  const folded = fold(prompt);
  if (CASUAL.test(folded)) return 'casual';
  if (FORMAL.test(folded)) return 'formal';
  return kind.family === 'professional' || kind.id === 'law-firm' || kind.schemaKind === 'MedicalBusiness' ? 'formal' : 'casual';
}

// Who the site is for: one or more known audiences joined by commas or "e/and/y/&".
const AUDIENCE_WORDS = lists.audienceWords.join('|');
const AUDIENCE = new RegExp(
  `\\b(?:for|para|pra)\\s+((?:${AUDIENCE_WORDS})\\b(?:(?:\\s*,\\s*|\\s+(?:e|y|and|&)\\s+)(?:${AUDIENCE_WORDS})\\b)*)`,
);

export function audienceFor(prompt: string): string | null {
  const match = AUDIENCE.exec(fold(prompt));
  if (!match) return null;
  // Give it back in the prompt's own spelling (same positions: fold keeps lengths).
  const start = match.index + match[0].length - match[1].length;
  return (
    prompt
      .slice(start, start + match[1].length)
      .replace(/[\s,&]+$/, '')
      .trim() || null
  );
}
