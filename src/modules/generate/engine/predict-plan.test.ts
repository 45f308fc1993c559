import { describe, expect, it } from 'vitest';
import { predictPlan } from './predict-plan';
import { sampleBrief } from './test-helpers/sample-brief';

describe('predictPlan', () => {
  it('starts with what every plan has and what the brief asks for, in as many calls as there are slots', () => {
    const predicted = predictPlan(sampleBrief(), ['pt-BR'], undefined, 8);
    const started = predicted.sections.map((section) => section.id);
    expect(started).toHaveLength(8);
    expect(new Set(started.slice(0, 5))).toEqual(new Set(['hero', 'footer', 'contact', 'hours', 'newsletter']));
    // The page order keeps hero first and footer last, the requested sections where the plan puts them.
    expect(predicted.pageIds[0]).toBe('hero');
    expect(predicted.pageIds.at(-1)).toBe('footer');
    expect(predicted.pageIds.indexOf('hours')).toBeLessThan(predicted.pageIds.indexOf('contact'));
    expect(predictPlan(sampleBrief(), ['pt-BR'], undefined, 3).sections.map((section) => section.id)).toEqual(['hero', 'footer', 'hours']);
  });

  it('names the business as given, or by its kind in the site language (what the plan is told to write), never a brand', () => {
    expect(predictPlan(sampleBrief(), ['pt-BR'], 'bold', 8).context).toMatchObject({
      name: 'Padaria Trigo Fino',
      style: 'bold',
      kind: 'Bakery',
    });
    expect(predictPlan(sampleBrief({ name: null }), ['pt-BR'], undefined, 8).context.name).toBe('Padaria');
    expect(predictPlan(sampleBrief({ name: null }), ['en'], undefined, 8).context.name).toBe('Bakery');
  });

  it('never starts testimonials a regulated profession may not show', () => {
    const brief = sampleBrief({
      features: ['testimonials', 'faq'],
      regulated: { profession: 'law', code: 'OAB', avoid: ['testimonials'], why: 'OAB rules restrict testimonials' },
    });
    expect(predictPlan(brief, ['pt-BR'], undefined, 10).pageIds).not.toContain('testimonials');
    expect(predictPlan(brief, ['pt-BR'], undefined, 10).pageIds).toContain('faq');
  });
});
