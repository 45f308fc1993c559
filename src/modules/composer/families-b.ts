import { parseContent } from '@/lib/parse-content';
import { banksSchema, familyCopySchema } from './content-schemas';
import type { FamilyCopy } from './types';
import content from './bank/families-b.json';

// Family copy, part 2: home, learning, tech, retail, hospitality, community, general.
const banks = parseContent(
  'src/modules/composer/bank/families-b.json',
  banksSchema(familyCopySchema, ['home', 'learning', 'tech', 'retail', 'hospitality', 'community', 'general']),
  content,
);

export const homeFamily: FamilyCopy = banks.home;
export const learningFamily: FamilyCopy = banks.learning;
export const techFamily: FamilyCopy = banks.tech;
export const retailFamily: FamilyCopy = banks.retail;
export const hospitalityFamily: FamilyCopy = banks.hospitality;
export const communityFamily: FamilyCopy = banks.community;
export const generalFamily: FamilyCopy = banks.general;
