import { extractLandmark } from '@/modules/brief/extract-landmark';
import type { Landmark } from '@/modules/brief/landmark-types';

/**
 * The brief's landmark fact ("perto do metro de Arroios") read back into its parts, so other
 * languages can say it with their own preposition. A fact the person rewrote their own way
 * ("Arroios metro, exit B") is kept whole and shown as written in every language.
 */
export function landmarkOf(fact: string, locale: string | undefined): Landmark {
  const read = extractLandmark(fact, locale);
  if (read && read.text === fact.trim()) return read;
  const lang = locale?.split('-')[0];
  return { text: fact.trim(), subject: fact.trim(), lang: lang === 'en' || lang === 'es' ? lang : 'pt' };
}
