import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/learning-tech.json';

// These kinds' phrase banks are content, in learning-tech.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/learning-tech.json',
  banksSchema(kindCopySchema, ['school', 'agency', 'startup']),
  content,
);

export const schoolCopy: KindCopy = banks.school;
export const agencyCopy: KindCopy = banks.agency;
export const startupCopy: KindCopy = banks.startup;
