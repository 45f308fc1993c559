import { parseContent } from '@/lib/parse-content';
import { phraseTableSchema } from './content-schemas';
import content from './bank/lang/es-phrases.json';

// The phrase bank in Spanish, by the English source text (see lang-packs.ts).
// Every phrase of the bank has an entry; phrase-bank.test.ts fails until a new one does.
export const esPhrases: Readonly<Record<string, string>> = parseContent(
  'src/modules/composer/bank/lang/es-phrases.json',
  phraseTableSchema,
  content,
);
