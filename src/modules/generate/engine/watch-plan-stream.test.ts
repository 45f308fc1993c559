import { describe, expect, it } from 'vitest';
import type { PlannedSection } from './plan-schema';
import { watchPlanStream, type PlanHead } from './watch-plan-stream';

const HEAD = '"name":"Green Crumb","kind":"Bakery","tagline":"Vegan bread","style":"elegant","palette":"sunrise","fonts":"classic-serif",';
const types = (list: string[]) => `{"sections":[${list.map((type) => `"${type}"`).join(',')}],`;
const rest = () => `"seo":{"en":{"title":"Green Crumb","description":"Vegan bakery"}}}`;

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
  it('announces each section type as soon as the next begins, then the site-wide fields once they are written', () => {
    const list = ['hero', 'menu', 'contact', 'footer'];
    const text = `${types(list)}${HEAD}${rest()}`;
    const { heads, sections } = feed(text);

    expect(sections.map(({ section }) => section)).toEqual([
      { id: 'hero', type: 'hero', brief: '' },
      { id: 'menu', type: 'menu', brief: '' },
      { id: 'contact', type: 'contact', brief: '' },
      { id: 'footer', type: 'footer', brief: '' },
    ]);
    // The hero is announced while the third type is still to come, within the plan's first few tokens.
    expect(sections[0].at).toBeLessThan(text.indexOf('"contact"'));
    // The last type waits until the list is closed and the next field has begun.
    expect(sections[3].at).toBeGreaterThanOrEqual(text.indexOf('"name"'));
    expect(sections[3].at).toBeLessThan(text.indexOf('"kind"'));

    expect(heads).toHaveLength(1);
    expect(heads[0].head).toEqual({
      name: 'Green Crumb',
      kind: 'Bakery',
      tagline: 'Vegan bread',
      style: 'elegant',
      palette: 'sunrise',
      fonts: 'classic-serif',
    });
    // The frame is known once the fonts are written, long before the plan ends.
    expect(heads[0].at).toBeGreaterThanOrEqual(text.indexOf('"seo"'));
    expect(heads[0].at).toBeLessThan(text.indexOf('"seo"') + 15);
  });

  it('never announces a type still being written, and gives the ids normalizePlan gives', () => {
    const text = `${types(['hero', 'faq', 'hero', 'faq', 'footer', 'footer'])}${HEAD}"seo":{}}`;
    const announced: PlannedSection[] = [];
    const watch = watchPlanStream({ onHead: () => {}, onSection: (section) => announced.push(section) });
    // Cut inside the second type: only the first is complete.
    watch(text.slice(0, text.indexOf('"faq"') + 3), 1);
    expect(announced.map((section) => section.id)).toEqual(['hero']);
    watch(text, 1);
    // A second hero or footer is dropped by normalizePlan, so it is not started either.
    expect(announced.map((section) => section.id)).toEqual(['hero', 'faq', 'faq-2', 'footer']);
  });

  it('announces no head while it is invalid, and starts over on a retried attempt', () => {
    const announced: string[] = [];
    const heads: string[] = [];
    const watch = watchPlanStream({ onHead: (head) => heads.push(head.palette), onSection: (section) => announced.push(section.id) });
    watch(`${types(['hero', 'menu'])}${HEAD.replace('sunrise', 'no-such-palette')}"seo":{`, 1);
    expect(heads).toEqual([]);
    expect(announced).toEqual(['hero', 'menu']);
    watch(`${types(['hero', 'about'])}${HEAD}"seo":{`, 2);
    expect(heads).toEqual(['sunrise']);
    expect(announced).toEqual(['hero', 'menu', 'hero', 'about']);
  });
});
