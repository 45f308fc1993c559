import { readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';

/**
 * "a pessoa traz", "a gente combina o dia antes", "the goats stay there": the reader cuts a piece
 * from its leading article so a thing sold reads as a name ("desinfecção com cloro"), but a told
 * part is a sentence, and without its article it reads as a telegram ("Pessoa traz.", "Gente
 * combina o dia antes."). A told part (a detail) whose words follow an article in the prompt gets
 * it back.
 */
export function keepToldArticles(items: readonly BriefItem[], text: string): BriefItem[] {
  const folded = fold(text);
  return items.map((item) => {
    if (item.role !== 'detail') return item;
    const own = fold(item.text.trim());
    const first = own.split(/\s+/)[0] ?? '';
    // Already opening on one, or a single word: nothing to give back.
    if (!own.includes(' ') || readingCues.articles.has(first)) return item;
    for (let at = folded.indexOf(own); at >= 0; at = folded.indexOf(own, at + 1)) {
      const article = /(?:^|[\s,;:(])(\p{L}+)\s+$/u.exec(folded.slice(Math.max(0, at - 8), at))?.[1];
      // (The articles are plain lower-case words: the folded one is the one written.)
      if (article && readingCues.articles.has(article)) return { ...item, text: `${article} ${item.text.trim()}` };
      // (The same words elsewhere, without an article before them, are said as they are.)
      break;
    }
    return item;
  });
}
