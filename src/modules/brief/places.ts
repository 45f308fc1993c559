import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/places.json';
import citiesContent from './content/cities.json';
import { placeRowSchema } from './content-schemas';
import { readingCues } from './reading-cues';
import { fold } from './text';
import type { Place } from './kind-types';

type Entry = {
  en: string;
  pt: string;
  es?: string;
  ptPT?: string;
  country: string;
  ptArticle?: Place['ptArticle'];
  aliases?: string[];
  isAmbiguous?: boolean;
};

/**
 * Cities people are likely to name, with their English and Portuguese names (so "Lisbon" reads
 * "Lisboa" on the Portuguese page) and the article Portuguese puts before some of them ("no
 * Rio"). `isAmbiguous` names are also ordinary words ("Natal" is Christmas) and only count
 * after a preposition. The entries are content: content/places.json (a `note` there says why a
 * place was added).
 */
export const gazetteer: readonly Entry[] = parseContent('src/modules/brief/content/places.json', z.array(placeRowSchema), content).map(
  ({ note: _note, ...entry }) => entry,
);

export function placeFromEntry(entry: Entry): Place {
  return {
    en: entry.en,
    pt: entry.pt,
    country: entry.country,
    ...(entry.es ? { es: entry.es } : {}),
    ...(entry.ptPT ? { ptPT: entry.ptPT } : {}),
    ...(entry.ptArticle ? { ptArticle: entry.ptArticle } : {}),
  };
}

/** The entry whose English, Portuguese or Spanish name is exactly `name` (any case/accents). */
export function findGazetteerEntry(name: string): Entry | undefined {
  const wanted = fold(name.trim());
  return gazetteer.find((entry) => [entry.en, entry.pt, entry.es, entry.ptPT].some((form) => form !== undefined && fold(form) === wanted));
}

type WorldCity = { name: string; country: string; population: number; state?: string };

let worldIndex: Map<string, WorldCity[]> | undefined;
let brazilByUf: Map<string, WorldCity> | undefined;

/**
 * The world's towns (GeoNames, content/cities.json, written by scripts/build-gazetteer.mjs): the
 * reader's second gazetteer, for the places the hand-kept one above does not know ("em caruaru",
 * "en Jerez de la Frontera", "in Dayton, OH"). It gives a place its spelling and its country
 * (prices, phones, language variant), never a translation. Built on first use.
 */
function worldCities(): Map<string, WorldCity[]> {
  if (worldIndex) return worldIndex;
  const parsed = parseContent(
    'src/modules/brief/content/cities.json',
    z.strictObject({
      source: z.string().min(1),
      cities: z.array(
        z.union([
          z.tuple([z.string().min(1), z.string().regex(/^[A-Z]{2}$/), z.number().int().nonnegative()]),
          z.tuple([z.string().min(1), z.string().regex(/^[A-Z]{2}$/), z.number().int().nonnegative(), z.string().regex(/^[A-Z]{2}$/)]),
        ]),
      ),
      brazilByUf: z.array(z.tuple([z.string().min(1), z.string().regex(/^[A-Z]{2}$/)])),
    }),
    citiesContent,
  );
  brazilByUf = new Map(
    parsed.brazilByUf.map(([name, state]) => [`${townKey(name)}|${state}`, { name, country: 'BR', population: 0, state }] as const),
  );
  const index = new Map<string, WorldCity[]>();
  // The file is sorted by population, so each name's list is too: the largest town comes first.
  for (const [name, country, population, state] of parsed.cities) {
    const key = townKey(name);
    const list = index.get(key) ?? [];
    list.push({ name, country, population, ...(state ? { state } : {}) });
    index.set(key, list);
  }
  worldIndex = index;
  return index;
}

// "nao-me-toque" is GeoNames' "Não Me Toque", and "Villa Carlos Paz" may be typed "villa-carlos-paz":
// hyphens and spaces are one.
export function townKey(name: string): string {
  return fold(name.trim())
    .replace(/[-‐‑–]+/g, ' ')
    .replace(/\s+/g, ' ');
}

// (A town that small is no "city": "Aurora City" is not a village named Aurora.)
const CITY_SUFFIX_MIN = 50_000;

/** Every town called `name` (any case, accents, hyphens or spaces), the most populous first. */
export function findWorldCities(name: string): readonly WorldCity[] {
  const key = townKey(name);
  const found = worldCities().get(key);
  if (found) return found;
  // "Naga City", "Iloilo City": a city called so by its people, "Naga" in GeoNames — where cities are
  // called so (content: citySuffixCountries); "Mobile City" in Manila is a phone shop, not Alabama.
  // (…and the other way: "Cebu" is GeoNames' "Cebu City".)
  if (!key.endsWith(' city'))
    return (
      worldCities()
        .get(`${key} city`)
        ?.filter((town) => readingCues.citySuffixCountries.has(town.country)) ?? []
    );
  const bare = /^(\S.*) city$/.exec(key)?.[1];
  return (
    (bare &&
      worldCities()
        .get(bare)
        ?.filter((town) => town.population >= CITY_SUFFIX_MIN && readingCues.citySuffixCountries.has(town.country))) ||
    []
  );
}

/**
 * A Brazilian municipality GeoNames lacks, by its name and UF ("Resende Costa", "MG"): only ever
 * with its UF, since many are ordinary words ("Ouro", "Saúde") or towns abroad ("Sagres").
 */
export function findBrazilianTownByUf(name: string, uf: string): WorldCity | undefined {
  worldCities();
  return brazilByUf!.get(`${townKey(name)}|${uf.toUpperCase()}`);
}

/** Whether the world gazetteer knows a town of that name in that country (ISO 3166). */
export function isTownOf(name: string, country: string): boolean {
  return findWorldCities(name).some((town) => town.country === country);
}
