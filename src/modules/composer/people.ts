import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { personSchema } from './content-schemas';
import type { PeopleLang } from './types';
import content from './bank/people.json';

export type Person = { name: string; gender: 'f' | 'm' };

/**
 * Plausible names for testimonials and team cards, by where the business is (a bakery in
 * Recife gets Brazilian names in every locale, so a quote is signed by the same person).
 */
export const peoplePools: Record<PeopleLang, readonly Person[]> = parseContent(
  'src/modules/composer/bank/people.json',
  z.record(z.enum(['en', 'pt', 'es']), z.array(personSchema).min(1)),
  content,
);
