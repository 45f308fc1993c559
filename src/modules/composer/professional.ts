import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/professional.json';

// These kinds' phrase banks are content, in professional.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/professional.json',
  banksSchema(kindCopySchema, ['lawyer', 'accountant', 'consultant', 'realEstate']),
  content,
);

export const lawyerCopy: KindCopy = banks.lawyer;
export const accountantCopy: KindCopy = banks.accountant;
export const consultantCopy: KindCopy = banks.consultant;
export const realEstateCopy: KindCopy = banks.realEstate;
