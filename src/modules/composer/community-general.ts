import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/community-general.json';

// These kinds' phrase banks are content, in community-general.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/community-general.json',
  banksSchema(kindCopySchema, ['nonprofit', 'generic']),
  content,
);

export const nonprofitCopy: KindCopy = banks.nonprofit;
export const genericCopy: KindCopy = banks.generic;
