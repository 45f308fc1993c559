import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from '../../content-schemas';
import type { LangPack } from '../../languages';
import { esPhrases } from './es-phrases';
import content from './es.json';

/** Spanish, written neutral enough for Spain and Latin America ("ustedes" is avoided, "tú" is used). */
export const es: LangPack = {
  ...parseContent('src/modules/generate/offline/bank/lang/es.json', langPackSchema, content),
  phrases: esPhrases,
};
