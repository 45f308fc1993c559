import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/creative.json';

// These kinds' phrase banks are content, in creative.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/creative.json',
  banksSchema(kindCopySchema, ['photographer', 'wedding', 'architect']),
  content,
);

export const photographerCopy: KindCopy = banks.photographer;
export const weddingCopy: KindCopy = banks.wedding;
export const architectCopy: KindCopy = banks.architect;
