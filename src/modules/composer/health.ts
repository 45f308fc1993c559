import { parseContent } from '@/lib/parse-content';
import { banksSchema, kindCopySchema } from './content-schemas';
import type { KindCopy } from './types';
import content from './bank/health.json';

// These kinds' phrase banks are content, in health.json; checked against `KindCopy` when this module loads.
const banks = parseContent(
  'src/modules/composer/bank/health.json',
  banksSchema(kindCopySchema, ['dentist', 'clinic', 'vet', 'pet']),
  content,
);

export const dentistCopy: KindCopy = banks.dentist;
export const clinicCopy: KindCopy = banks.clinic;
export const vetCopy: KindCopy = banks.vet;
export const petCopy: KindCopy = banks.pet;
