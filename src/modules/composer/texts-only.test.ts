import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { renderPage } from '@/modules/render/render-page';
import { composeOfflineSite } from './compose-offline-site';

const page = (prompt: string) => {
  const brief = extractBrief({ prompt });
  const doc = composeOfflineSite({ prompt, locales: brief.languages, brief });
  return {
    brief,
    html: renderPage(doc, { pageSlug: '', locale: doc.i18n.defaultLocale, mode: 'publish', assetUrls: { files: {}, fonts: {} } }),
  };
};

describe('a number for texts only', () => {
  it.each([
    ['Afino pianos em Braga. Só por SMS: 912 345 678, que durante a afinação não atendo. Afinação: 60 €.', 'sms:+351912345678'],
    ['I sweep chimneys in Leeds. Texts only please, 07700 900123. Sweep £60.', 'sms:+447700900123'],
  ])('%s', (prompt, link) => {
    const { brief, html } = page(prompt);
    expect(brief.facts.reachOnly).toBe('sms');
    expect(html).toContain(`href="${link}"`);
    expect(html).not.toMatch(/href="tel:/);
    expect(html).not.toMatch(/Ligue|Call (?:me|us)/);
  });

  it('a number that takes texts and calls keeps its call link', () => {
    const { brief, html } = page('I sweep chimneys in Leeds. Call or text 07700 900123. Sweep £60.');
    expect(brief.facts.reachOnly).toBeUndefined();
    expect(html).toMatch(/href="tel:\+447700900123"/);
    expect(html).toMatch(/href="sms:\+447700900123"/);
  });
});
