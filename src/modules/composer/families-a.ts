import { parseContent } from '@/lib/parse-content';
import { banksSchema, familyCopySchema } from './content-schemas';
import type { FamilyCopy } from './types';
import content from './bank/families-a.json';

// Family copy, part 1: food, beauty, fitness, health, professional, creative.
const banks = parseContent(
  'src/modules/composer/bank/families-a.json',
  banksSchema(familyCopySchema, ['food', 'beauty', 'fitness', 'health', 'professional', 'creative']),
  content,
);

export const foodFamily: FamilyCopy = banks.food;
export const beautyFamily: FamilyCopy = banks.beauty;
export const fitnessFamily: FamilyCopy = banks.fitness;
export const healthFamily: FamilyCopy = banks.health;
export const professionalFamily: FamilyCopy = banks.professional;
export const creativeFamily: FamilyCopy = banks.creative;
