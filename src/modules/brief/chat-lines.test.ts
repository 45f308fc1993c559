import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { extractBrief } from './extract-brief';

const siteOf = (prompt: string) => {
  const brief = extractBrief({ prompt });
  return { brief, site: JSON.stringify(composeOfflineSite({ prompt, locales: brief.languages, brief })) };
};

// "E não é o bicho, tchê, já me mandaram desenho de alpaca…, barbaridade." was published as a line
// of "Bom saber".
describe('a told line with a regional interjection in it', () => {
  it('is chat with us, never a line for visitors; the facts beside it stay', () => {
    const { site, brief } = siteOf(
      'Faço cuia de porongo em Santa Cruz do Sul. E olha, tchê, cuia eu não pinto de verde nunca, barbaridade, me pedem direto. Cuia lisa R$ 60. WhatsApp (51) 99555-0176.',
    );
    expect(site).not.toMatch(/tch[êe]|barbaridade/i);
    expect(site).toMatch(/60/);
    expect((brief.unused ?? []).map((entry) => entry.words).join(' | ')).toMatch(/barbaridade/);
    const english = siteOf(
      "Pressure washing in Valdosta. Y'all know how pollen gets in spring, it's no joke. Driveways $120. Call (229) 555-0144.",
    );
    expect(english.site).not.toMatch(/y'all/i);
    expect(english.site).toMatch(/120/);
    // The curly apostrophe a phone types is the same word.
    expect(
      siteOf('Pressure washing in Valdosta. Y’all know how pollen gets in spring, it’s no joke. Driveways $120. Call (229) 555-0144.').site,
    ).not.toMatch(/y’all/i);
  });
});
