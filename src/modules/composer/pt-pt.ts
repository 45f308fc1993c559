import { parseContent } from '@/lib/parse-content';
import { langPackSchema } from './content-schemas';
import type { LangPack } from '@/modules/brief/languages';
import { ptPTPhrases } from './pt-pt-phrases';
import content from './bank/lang/pt-pt.json';

/**
 * European Portuguese. Not Brazilian text with another flag: its own vocabulary ("equipa",
 * "contacto", "telemóvel", "pequeno-almoço", "marcação"), spelling ("registo", "facto") and
 * grammar (the article before possessives, "está a fazer" rather than the gerund, clitics after
 * the verb: "contacte-nos").
 */
export const ptPT: LangPack = {
  ...parseContent('src/modules/composer/bank/lang/pt-pt.json', langPackSchema, content),
  phrases: ptPTPhrases,
};
