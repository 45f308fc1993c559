import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

// A price list asked for, whose amounts the reader could not read as prices (as when the business's
// country, and so its currency sign, is unknown): no prices in the brief, and the offerings carry
// the amounts in their own words.
describe('an offering whose own words carry its amount', () => {
  const prompt = 'Wedding drummers. A price list on the site please: Entrance drums: Rs. 20,000/-, Full day with dancers: Rs. 80,000/-.';
  const read = extractBrief({ prompt });
  const brief = {
    ...read,
    items: [
      { text: 'Entrance drums: Rs. 20,000/-', role: 'offering' as const },
      { text: 'Full day with dancers: Rs. 80,000/-', role: 'offering' as const },
    ],
    facts: { ...read.facts, prices: [], offerings: [] },
  };
  const site = JSON.stringify(composeOfflineSite({ prompt, locales: ['en'], brief }));

  it('shows the amount the person wrote as its price, never a marked "price on request"', () => {
    expect(read.features).toContain('pricing');
    expect(site).not.toMatch(/Price on request/);
    expect(site).toMatch(/"Full day with dancers"/);
    expect(site).toMatch(/"Rs\. 80,000\/-"/);
  });

  it('still marks a sample price where the words carry none', () => {
    const plain = 'Wedding drummers. A price list on the site please: entrance drums, full day with dancers.';
    const bare = extractBrief({ prompt: plain });
    expect(JSON.stringify(composeOfflineSite({ prompt: plain, locales: ['en'], brief: bare }))).toMatch(/Price on request/);
  });
});
