import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/home.json';

// These kinds' phrase banks are content, in home.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/home.json',
  banksSchema(kindCopySchema, ['construction', 'trades', 'cleaning']),
  content,
);

export const constructionCopy: KindCopy = banks.construction;
export const tradesCopy: KindCopy = banks.trades;
export const cleaningCopy: KindCopy = banks.cleaning;
