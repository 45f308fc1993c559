import { parseContent } from '@/lib/parse-content';
import { phraseTableSchema } from './content-schemas';
import content from './bank/lang/pt-pt-phrases.json';

// The phrase bank in European Portuguese, by the English source text (see lang-packs.ts).
// Every phrase of the bank has an entry; phrase-bank.test.ts fails until a new one does.
export const ptPTPhrases: Readonly<Record<string, string>> = parseContent(
  'src/modules/composer/bank/lang/pt-pt-phrases.json',
  phraseTableSchema,
  content,
);
