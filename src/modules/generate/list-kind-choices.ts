import { taxonomy } from '@/modules/brief/taxonomy';

export type KindChoice = { id: string; label: string };

/**
 * The kinds of business we have a template for, named in the person's language and sorted, for
 * the studio's searchable picker. Computed on the server: the taxonomy's keywords stay out of the
 * browser bundle.
 */
export function listKindChoices(uiLocale: string): KindChoice[] {
  const lang = uiLocale.startsWith('pt') ? 'pt' : uiLocale.startsWith('es') ? 'es' : 'en';
  const seen = new Set<string>();
  const choices: KindChoice[] = [];
  for (const kind of taxonomy) {
    if (kind.isFallback) continue;
    const raw = kind.noun[lang];
    const label = raw.charAt(0).toLocaleUpperCase(uiLocale) + raw.slice(1);
    // Two kinds with the same word in a language: the picker shows the word once, for the first.
    if (seen.has(label.toLocaleLowerCase(uiLocale))) continue;
    seen.add(label.toLocaleLowerCase(uiLocale));
    choices.push({ id: kind.id, label });
  }
  return choices.sort((a, b) => a.label.localeCompare(b.label, uiLocale));
}
