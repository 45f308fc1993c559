import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from '../../content-schemas';
import type { LangPack } from '../../languages';
import content from './pt-br.json';

/** Brazilian Portuguese: the phrase bank's second language. */
export const ptBR: LangPack = parseContent('src/modules/generate/offline/bank/lang/pt-br.json', langPackSchema, content);
