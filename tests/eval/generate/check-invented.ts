import type { SiteDocument } from '../../../src/modules/document/site-document-schema';

/**
 * Facts the site presents as real that the prompt did not give. Judged on the document:
 *   - every testimonial, team member and statistic not marked as a sample (`isSample`), unless
 *     the prompt names the person;
 *   - every number in a visible text (prices, "120+ projects", "48 hours ahead", "4.9") that is
 *     not in the prompt, outside sample-marked parts; the copyright year is not a claim.
 * Texts under an object marked `isSample: true` are samples the pre-publish check flags.
 */
export type Invented = { key: string; text: string; why: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** i18n keys used under sample-marked objects. */
function sampleKeys(value: unknown, inSample = false, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => sampleKeys(item, inSample, out));
  else if (isRecord(value)) {
    const marked = inSample || value.isSample === true;
    for (const [name, child] of Object.entries(value)) {
      if (marked && typeof child === 'string' && /Keys?$/.test(name)) out.add(child);
      else if (marked && Array.isArray(child) && /Keys$/.test(name)) child.forEach((key) => typeof key === 'string' && out.add(key));
      else sampleKeys(child, marked, out);
    }
  }
  return out;
}

function numbersIn(text: string): string[] {
  // "R$ 3.750,00" → 3750; "4.50" → 4.50 kept as "4", "50"; trailing ",00"/".00" cents and the
  // ":00" of a whole hour ("de 6 a 22 h" → "6:00–22:00") are formatting.
  return (text.replace(/[.,:]00\b/g, '').match(/\d+/g) ?? []).filter((n) => n.length > 0);
}

export function findInvented(document: SiteDocument, prompt: string, year: number): Invented[] {
  const found: Invented[] = [];
  const samples = sampleKeys(document.pages);
  const table = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  // "$1,200" is 1200 wherever the site writes it ("1200 MXN" in Spanish, which groups from five digits).
  const promptNumbers = new Set(numbersIn(prompt.replace(/(\d)[.,\s](\d{3})\b/g, '$1$2')).concat(numbersIn(prompt)));
  // "2pm" is written 14:00 in a 24-hour locale.
  for (const [, hour] of prompt.matchAll(/\b(\d{1,2})(?::\d{2})?\s?pm\b/gi)) promptNumbers.add(String((Number(hour) % 12) + 12));
  // …and "19" is written 7pm in a 12-hour one ("open 8-19" → "8am–7pm").
  for (const n of [...promptNumbers]) if (Number(n) >= 13 && Number(n) <= 23) promptNumbers.add(String(Number(n) - 12));
  const promptFolded = prompt.toLowerCase();

  for (const page of document.pages) {
    for (const section of page.sections) {
      if (section.type === 'testimonials') {
        for (const item of section.items) {
          if ((item as { isSample?: boolean }).isSample) continue;
          const author = table[item.authorKey] ?? '';
          if (!promptFolded.includes(author.toLowerCase()))
            found.push({ key: item.quoteKey, text: table[item.quoteKey] ?? '', why: 'testimonial' });
        }
      }
      if (section.type === 'team') {
        for (const member of section.members) {
          if ((member as { isSample?: boolean }).isSample) continue;
          const name = (table[member.nameKey] ?? '').replace(/^(Dr|Dra|Dr\.ª)\.?\s+/, '');
          if (!promptFolded.includes(name.toLowerCase())) found.push({ key: member.nameKey, text: name, why: 'staff name' });
        }
      }
      if (section.type === 'stats') {
        for (const item of section.items) {
          if ((item as { isSample?: boolean }).isSample) continue;
          found.push({ key: item.valueKey, text: table[item.valueKey] ?? '', why: 'statistic' });
        }
      }
    }
  }
  const reported = new Set(found.map((entry) => entry.key));
  // Every language the site is written in: a number added in a translation is as invented.
  for (const locale of document.i18n.locales) {
    for (const [key, text] of Object.entries(document.i18n.strings[locale] ?? {})) {
      if (samples.has(key) || reported.has(key)) continue;
      const numbers = numbersIn(text).filter((n) => !promptNumbers.has(n) && n !== String(year));
      if (numbers.length > 0) {
        found.push({ key, text, why: `number ${numbers.join(', ')} not in the prompt (${locale})` });
        reported.add(key);
      }
    }
  }
  return found;
}
