import { fold } from '../offline/text';
import type { SiteBrief } from './site-brief-schema';
import type { TaxonomyKind } from './taxonomy-types';

// Countries a prompt names by themselves ("in Portugal", "no Brasil"): a country is a location,
// never a business name.
const COUNTRIES: Array<{ code: string; pattern: RegExp; text: string }> = [
  { code: 'PT', pattern: /\bportugal\b/, text: 'Portugal' },
  { code: 'BR', pattern: /\b(brasil|brazil)\b/, text: 'Brasil' },
  { code: 'ES', pattern: /\b(espanha|espana|spain)\b/, text: 'España' },
  { code: 'MX', pattern: /\b(mexico)\b/, text: 'México' },
  { code: 'AR', pattern: /\bargentina\b/, text: 'Argentina' },
  { code: 'CL', pattern: /\bchile\b/, text: 'Chile' },
  { code: 'CO', pattern: /\bcolombia\b/, text: 'Colombia' },
  { code: 'KE', pattern: /\bkenya|quenia\b/, text: 'Kenya' },
  { code: 'US', pattern: /\b(usa|united states|estados unidos|eua|tx|nj|california|massachusetts)\b/, text: 'USA' },
  { code: 'GB', pattern: /\b(uk|united kingdom|england|reino unido|inglaterra|scotland)\b/, text: 'UK' },
  { code: 'CR', pattern: /\bcosta rica\b/, text: 'Costa Rica' },
  // "peru" is also a turkey in Portuguese: only as a place ("no Peru", "in Peru", "Lima, Peru").
  { code: 'PE', pattern: /(?:\b(?:in|no|en|do|del|of)|,) peru\b/, text: 'Perú' },
  { code: 'UY', pattern: /\burugua[iy]\b/, text: 'Uruguay' },
  { code: 'PY', pattern: /\bparagua[iy]\b/, text: 'Paraguay' },
  { code: 'BO', pattern: /\bbolivia\b/, text: 'Bolivia' },
  { code: 'EC', pattern: /\bequador\b|\becuador\b/, text: 'Ecuador' },
  { code: 'VE', pattern: /\bvenezuela\b/, text: 'Venezuela' },
  { code: 'PA', pattern: /\bpanama\b/, text: 'Panamá' },
  { code: 'GT', pattern: /\bguatemala\b/, text: 'Guatemala' },
  { code: 'DO', pattern: /\b(dominican republic|republica dominicana)\b/, text: 'República Dominicana' },
  { code: 'PR', pattern: /\bpuerto rico|porto rico\b/, text: 'Puerto Rico' },
  { code: 'CA', pattern: /\b(canada|canadá)\b/, text: 'Canada' },
  { code: 'FR', pattern: /\b(france|francia)\b/, text: 'France' },
  { code: 'IT', pattern: /\b(italy|italia)\b/, text: 'Italia' },
  { code: 'DE', pattern: /\b(germany|alemanha|alemania)\b/, text: 'Deutschland' },
  { code: 'IE', pattern: /\b(ireland|irlanda)\b/, text: 'Ireland' },
  { code: 'AU', pattern: /\baustralia\b/, text: 'Australia' },
  { code: 'AO', pattern: /\bangola\b/, text: 'Angola' },
  { code: 'MZ', pattern: /\b(mocambique|mozambique)\b/, text: 'Moçambique' },
  { code: 'CV', pattern: /\b(cabo verde|cape verde)\b/, text: 'Cabo Verde' },
];

/**
 * Every country's name in English, Portuguese and Spanish (folded), from the runtime's own CLDR
 * data (Intl.DisplayNames) rather than a list we keep: COUNTRIES above knows the few whose code
 * shapes the site; this only says "that is a country" (never a business name: "… in Split, Croatia").
 */
let countryNames: Set<string> | undefined;
export function isCountryName(phrase: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    const displays = ['en', 'pt', 'es'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    const unknown = new Set(displays.map((display) => display.of('ZZ')));
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        for (const display of displays) {
          const name = display.of(code);
          if (name && !unknown.has(name)) countryNames.add(fold(name));
        }
      }
    }
  }
  return countryNames.has(fold(phrase));
}

export function mentionedCountry(prompt: string): { code: string; text: string } | undefined {
  const folded = fold(prompt);
  const found = COUNTRIES.find((country) => country.pattern.test(folded));
  return found ? { code: found.code, text: found.text } : undefined;
}

const HEALTH_CODES: Record<string, string> = {
  dentist: 'CFO (Resolução 196/2019)',
  psychologist: 'CFP (Resolução 10/2005)',
  therapist: 'CFP (Resolução 10/2005)',
  nutritionist: 'CFN (Resolução 599/2018)',
  physiotherapist: 'COFFITO (Resolução 532/2021)',
  veterinarian: 'CFMV (Resolução 1.138/2016)',
};

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
const AUDIENCE_WORDS =
  'criancas|adultos|adolescentes|familias|idosos|estudantes|iniciantes|principiantes|ninos|adults|kids|children|families|teens|students|beginners|small teams|small businesses|pequenas empresas|empresas|autonomos|freelancers|noivos|couples|surfistas|trabalhadores independentes|todos os niveis|all levels|women|mulheres|mujeres|men|homens|hombres|boys|meninos|girls|meninas|ninas|gestantes|pregnant women|seniors|professionals|profissionais|atletas|athletes|tourists|turistas';
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
