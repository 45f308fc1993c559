import { parseContent } from '@/lib/parse-content';
import type { KindDef } from '@/modules/brief/kind-types';
import type { TaxonomyKind } from '@/modules/brief/taxonomy-types';
import { bankSitesFileSchema } from './content-schemas';
import content from './content/bank-sites.json';

// The taxonomy (`brief/content/taxonomy-*.json`) is the only list of kinds. What the composer
// adds is how a site written from a phrase bank looks (`content/bank-sites.json`), keyed by the
// bank a kind points to, or by the kind's family when it has no bank of its own.
const file = parseContent('src/modules/composer/content/bank-sites.json', bankSitesFileSchema, content);

// Testimonials, numbers and a team are facts a generator cannot know: they join only when
// asked for, as marked samples (see requested-sections).
const INVENTED = new Set(['testimonials', 'stats', 'team']);

/** The phrase banks that have a site shape, for tests and the translation index. */
export const bankIds: readonly string[] = Object.keys(file.banks);

/** A taxonomy kind as the composer writes it: its words, and the sections, style and palettes of its bank or family. */
export function siteKind(kind: TaxonomyKind): KindDef {
  const bank = kind.copy ? file.banks[kind.copy] : undefined;
  const family = file.families[kind.family];
  const cap = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
  const sections = bank ? (typeof bank.sections === 'string' ? file.sectionPlans[bank.sections] : bank.sections) : family.sections;
  return {
    id: kind.id,
    copyId: kind.copy ?? 'generic',
    family: kind.family,
    schemaKind: kind.schemaKind,
    // A kind with its own phrase bank keeps that bank's noun, which the bank's phrases were written around.
    noun: bank ? { en: bank.noun[0], pt: bank.noun[1], es: bank.noun[2], gender: bank.noun[3] } : kind.noun,
    nameWord: bank
      ? { en: bank.nameWord[0], pt: bank.nameWord[1], es: bank.nameWord[2] }
      : { en: cap(kind.noun.en), pt: cap(kind.noun.pt), es: cap(kind.noun.es) },
    naming: bank?.naming ?? 'place',
    keywords: kind.keywords,
    sections: sections.filter((type) => !INVENTED.has(type)),
    offerSection: bank?.offerSection ?? family.offerSection,
    style: bank?.style ?? family.style,
    palettes: bank?.palettes ?? family.palettes,
    ...(bank?.honorific ? { honorific: bank.honorific } : {}),
  };
}
