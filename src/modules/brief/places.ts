import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/places.json';
import { placeRowSchema } from './content-schemas';
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
