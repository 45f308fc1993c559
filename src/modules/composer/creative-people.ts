import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/creative-people.json';

// These kinds' phrase banks are content, in creative-people.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/creative-people.json',
  banksSchema(kindCopySchema, ['musician', 'portfolio']),
  content,
);

export const musicianCopy: KindCopy = banks.musician;
export const portfolioCopy: KindCopy = banks.portfolio;
