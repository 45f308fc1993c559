import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/beauty-fitness.json';

// These kinds' phrase banks are content, in beauty-fitness.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/beauty-fitness.json',
  banksSchema(kindCopySchema, ['salon', 'barber', 'gym', 'yoga']),
  content,
);

export const salonCopy: KindCopy = banks.salon;
export const barberCopy: KindCopy = banks.barber;
export const gymCopy: KindCopy = banks.gym;
export const yogaCopy: KindCopy = banks.yoga;
