import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from '../../content-schemas';
import type { LangPack } from '../../languages';
import content from './en.json';

/** English: the phrase bank's first language. */
export const en: LangPack = parseContent('src/modules/generate/offline/bank/lang/en.json', langPackSchema, content);
