import type { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/kinds.json';
import { kindsFileSchema, type kindRowSchema } from './content-schemas';
import type { KindDef } from './kind-types';

// The kinds are content (content/kinds.json). Section plans per kind: 7–10 sections, footer last.
// Galleries are left out on purpose: they need photos we do not have yet (the person can add one;
// see compose-offline-section).
const file = parseContent('src/modules/brief/content/kinds.json', kindsFileSchema, content);

type Row = z.output<typeof kindRowSchema>;

/** A row of the file as a `KindDef`: the tuples become objects, a plan's name its sections. */
function kind(row: Row): KindDef {
  const [en, pt, es, gender] = row.noun;
  const [nameEn, namePt, nameEs] = row.nameWord;
  return {
    ...row,
    noun: { en, pt, es, gender },
    nameWord: { en: nameEn, pt: namePt, es: nameEs },
    keywords: row.keywords.join('|'),
    sections: typeof row.sections === 'string' ? file.sectionPlans[row.sections] : row.sections,
  };
}

/** Every kind the offline composer writes for. Order matters only for ties in detection. */
export const kinds: readonly KindDef[] = file.kinds.map(kind);

/** Used when nothing in the prompt says what the business is. */
export const genericKind: KindDef = kind(file.generic);

export const allKinds: readonly KindDef[] = [...kinds, genericKind];

export function kindById(id: string): KindDef | undefined {
  return allKinds.find((candidate) => candidate.id === id);
}
