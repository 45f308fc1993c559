import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/retail-travel.json';

// These kinds' phrase banks are content, in retail-travel.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/retail-travel.json',
  banksSchema(kindCopySchema, ['shop', 'florist', 'hotel', 'travel']),
  content,
);

export const shopCopy: KindCopy = banks.shop;
export const floristCopy: KindCopy = banks.florist;
export const hotelCopy: KindCopy = banks.hotel;
export const travelCopy: KindCopy = banks.travel;
