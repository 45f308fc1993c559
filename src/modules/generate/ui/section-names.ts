import { isSectionType, sectionRegistry } from '@/modules/document/section-registry';
import type { Locale } from '@/lib/i18n/translate';

export type NamedSection = { id: string; type: string; name: string };

export function sectionTypeLabel(type: string, uiLocale: Locale): string {
  if (!isSectionType(type)) return type;
  const label = sectionRegistry[type].label;
  return uiLocale === 'pt-PT' ? (label['pt-PT'] ?? label['pt-BR']) : label[uiLocale];
}

/** Sections with a readable name; a type used twice gets its id added ("FAQ (faq-2)"). */
export function nameSections(sections: ReadonlyArray<{ id: string; type: string }>, uiLocale: Locale): NamedSection[] {
  const counts = new Map<string, number>();
  for (const section of sections) counts.set(section.type, (counts.get(section.type) ?? 0) + 1);
  return sections.map((section) => {
    const label = sectionTypeLabel(section.type, uiLocale);
    return { id: section.id, type: section.type, name: (counts.get(section.type) ?? 0) > 1 ? `${label} (${section.id})` : label };
  });
}
