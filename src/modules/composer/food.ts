import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/food.json';

// These kinds' phrase banks are content, in food.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/food.json',
  banksSchema(kindCopySchema, ['bakery', 'restaurant', 'cafe', 'bar']),
  content,
);

export const bakeryCopy: KindCopy = banks.bakery;
export const restaurantCopy: KindCopy = banks.restaurant;
export const cafeCopy: KindCopy = banks.cafe;
export const barCopy: KindCopy = banks.bar;
