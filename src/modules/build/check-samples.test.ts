import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { checkSamples } from './check-samples';

describe('checkSamples', () => {
  it('passes a site whose content all comes from the owner', () => {
    expect(checkSamples(veganBakery)).toEqual([expect.objectContaining({ id: 'samples', level: 'ok' })]);
  });

  it('blocks publishing while sample testimonials (or any sample item) remain, naming where', () => {
    const doc = structuredClone(veganBakery);
    const section = doc.pages[0].sections.find((candidate) => candidate.type === 'testimonials');
    if (section?.type !== 'testimonials') throw new Error('fixture has testimonials');
    section.items = section.items.map((item) => ({ ...item, isSample: true }));
    const [result] = checkSamples(doc);
    expect(result).toMatchObject({ id: 'samples', level: 'error', count: 1 });
    expect(result.details?.[0]).toContain(`${section.id}: ${section.items.length} sample testimonials`);
  });
});
