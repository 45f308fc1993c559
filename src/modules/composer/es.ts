import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from './content-schemas';
import type { LangPack } from '@/modules/brief/languages';
import { esPhrases } from './es-phrases';
import content from './bank/lang/es.json';

/** Spanish, written neutral enough for Spain and Latin America ("ustedes" is avoided, "tú" is used). */
export const es: LangPack = {
  ...parseContent('src/modules/composer/bank/lang/es.json', langPackSchema, content),
  phrases: esPhrases,
};
