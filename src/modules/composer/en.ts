import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from './content-schemas';
import type { LangPack } from '@/modules/brief/languages';
import content from './bank/lang/en.json';

/** English: the phrase bank's first language. */
export const en: LangPack = parseContent('src/modules/composer/bank/lang/en.json', langPackSchema, content);
