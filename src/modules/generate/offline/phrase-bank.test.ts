import { describe, expect, it } from 'vitest';
import { allKinds } from './kinds';
import { buildTranslationIndex, collectPhrases } from './translation-index';
import { allCopies, kindCopy } from './kind-copy';
import { navLabels, sectionHeadings, uiCopy } from './bank/headings';
import { hintDefs } from './hints';
import { placeholdersIn } from './text';
import { createRng } from './random';
import { understandPrompt } from './understand-prompt';
import { composeOfflineSite } from './compose-offline-site';

// Placeholders only Portuguese needs (article and gender agreement, "o Rio").
const PORTUGUESE_ONLY = new Set(['o', 'O', 'do', 'no', 'ao', 'um', 'nosso', 'Nosso', 'este']);

const phrases = collectPhrases([allCopies(), sectionHeadings, navLabels, uiCopy, hintDefs.map((hint) => [hint.feature, hint.faq])], []);

describe('phrase bank', () => {
  it('has a bank for every kind, with enough material for every section', () => {
    for (const kind of allKinds) {
      const copy = kindCopy(kind.id);
      expect(copy.heroes.length, kind.id).toBeGreaterThanOrEqual(2);
      expect(copy.features.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.offers.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.quotes.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.faq.length, kind.id).toBeGreaterThanOrEqual(2);
      if (kind.sections.includes('pricing') && kind.id !== 'generic') expect(copy.plans, kind.id).toBeDefined();
    }
    expect(new Set(allKinds.map((kind) => kind.id)).size).toBeGreaterThanOrEqual(30);
  });

  it('writes both sides of every phrase, mentioning the same things', () => {
    // Placeholders grouped by what they mention; the two sides may pick different forms.
    const group = (name: string) => (/^(place|thePlace|inPlace|ofPlace)$/.test(name) ? 'place' : /^(label|Label|noun|Noun)$/.test(name) ? 'kind' : name);
    const mentions = (side: string) => [...new Set(placeholdersIn(side).filter((name) => !PORTUGUESE_ONLY.has(name) || name === 'place' || name === 'thePlace').map(group))].sort();
    for (const [en, pt] of phrases) {
      expect(en.trim(), pt).not.toBe('');
      expect(pt.trim(), en).not.toBe('');
      expect(mentions(pt), `${en} / ${pt}`).toEqual(mentions(en));
    }
  });

  it('never gives one text two different translations (the reverse index depends on it)', () => {
    const document = composeOfflineSite({ prompt: 'bakery in Lisbon', locales: ['en', 'pt-BR'] });
    const brief = understandPrompt({ prompt: 'bakery in Lisbon', locales: ['en'] }, createRng(1));
    const index = buildTranslationIndex(brief, document, '');
    const clashes: string[] = [];
    for (const [en, pt] of phrases) {
      if (en.includes('{') || pt.includes('{')) continue;
      const fromEn = index.en.get(en);
      const fromPt = index.pt.get(pt);
      if (fromEn && fromEn.pt !== pt) clashes.push(`${en} → ${fromEn.pt} / ${pt}`);
      if (fromPt && fromPt.en !== en) clashes.push(`${pt} → ${fromPt.en} / ${en}`);
    }
    expect([...new Set(clashes)].sort()).toEqual([]);
  });
});
