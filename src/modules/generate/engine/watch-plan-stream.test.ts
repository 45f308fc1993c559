import { describe, expect, it } from 'vitest';
import type { PlannedSection } from './plan-schema';
import { watchPlanStream, type PlanHead } from './watch-plan-stream';

const HEAD = '{"name":"Green Crumb","kind":"Bakery","tagline":"Vegan bread","style":"elegant","palette":"sunrise","fonts":"classic-serif",';
const line = (type: string) => `{"type":"${type}","brief":"The ${type}"}`;

/** Feeds `text` a few characters at a time, as a model stream arrives, and records what was announced when. */
function feed(text: string, step = 3) {
  const heads: Array<{ head: PlanHead; at: number }> = [];
  const sections: Array<{ section: PlannedSection; at: number }> = [];
  const watch = watchPlanStream({
    onHead: (head) => heads.push({ head, at: seen }),
    onSection: (section) => sections.push({ section, at: seen }),
  });
  let seen = 0;
  for (seen = step; seen < text.length + step; seen += step) watch(text.slice(0, Math.min(seen, text.length)), 1);
  return { heads, sections };
}

describe('watchPlanStream', () => {
  it('announces the site-wide fields once they are written and each section line as soon as the next begins', () => {
    const sectionsJson = `"sections":[${['hero', 'menu', 'contact', 'footer'].map(line).join(',')}]`;
    const text = `${HEAD}${sectionsJson},"seo":{"en":{"title":"Green Crumb","description":"Vegan bakery"}}}`;
    const { heads, sections } = feed(text);

    expect(heads).toHaveLength(1);
    expect(heads[0].head).toEqual({
      name: 'Green Crumb',
      kind: 'Bakery',
      tagline: 'Vegan bread',
      style: 'elegant',
      palette: 'sunrise',
      fonts: 'classic-serif',
    });
    // The frame is known before any section line, long before the plan ends.
    expect(heads[0].at).toBeLessThan(HEAD.length + 15);
    expect(sections.map(({ section }) => section)).toEqual([
      { id: 'hero', type: 'hero', brief: 'The hero' },
      { id: 'menu', type: 'menu', brief: 'The menu' },
      { id: 'contact', type: 'contact', brief: 'The contact' },
      { id: 'footer', type: 'footer', brief: 'The footer' },
    ]);
    // The hero is announced while the third line is still to come, not at the end of the plan.
    expect(sections[0].at).toBeLessThan(text.indexOf(line('contact')));
    // The last line waits until the list is closed (`seo` follows it).
    expect(sections[3].at).toBeGreaterThanOrEqual(text.indexOf('"seo"'));
  });

  it('never announces a line still being written, and gives the ids normalizePlan gives', () => {
    const text = `${HEAD}"sections":[${['hero', 'faq', 'hero', 'faq', 'footer', 'footer'].map(line).join(',')}],"seo":{}}`;
    const announced: PlannedSection[] = [];
    const watch = watchPlanStream({ onHead: () => {}, onSection: (section) => announced.push(section) });
    // Cut inside the second line's brief: only the first is complete.
    watch(text.slice(0, text.indexOf('The faq') + 4), 1);
    expect(announced).toEqual([{ id: 'hero', type: 'hero', brief: 'The hero' }]);
    watch(text, 1);
    // A second hero or footer is dropped by normalizePlan, so it is not started either.
    expect(announced.map((section) => section.id)).toEqual(['hero', 'faq', 'faq-2', 'footer']);
  });

  it('announces nothing while the head is invalid, and starts over on a retried attempt', () => {
    const announced: string[] = [];
    const heads: string[] = [];
    const watch = watchPlanStream({ onHead: (head) => heads.push(head.palette), onSection: (section) => announced.push(section.id) });
    watch(`${HEAD.replace('sunrise', 'no-such-palette')}"sections":[${line('hero')},${line('menu')}`, 1);
    expect(heads).toEqual([]);
    expect(announced).toEqual([]);
    watch(`${HEAD}"sections":[${line('hero')},${line('about')}`, 2);
    expect(heads).toEqual(['sunrise']);
    expect(announced).toEqual(['hero']);
  });
});
