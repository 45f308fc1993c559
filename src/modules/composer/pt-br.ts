import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from './content-schemas';
import type { LangPack } from '@/modules/brief/languages';
import content from './bank/lang/pt-br.json';

/** Brazilian Portuguese: the phrase bank's second language. */
export const ptBR: LangPack = parseContent('src/modules/composer/bank/lang/pt-br.json', langPackSchema, content);
