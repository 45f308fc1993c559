import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from './check-i18n-completeness';
import { veganBakery } from './fixtures/vegan-bakery';
import { mergeGeneratedSection } from './merge-generated-section';
import { parseSiteDocument } from './parse-site-document';

const faq = {
  id: 'faq',
  type: 'faq',
  title: { en: 'Good to know', 'pt-BR': 'Bom saber' },
  items: [{ question: { en: 'Parking?', 'pt-BR': 'Estacionamento?' }, answer: { en: 'Yes.', 'pt-BR': 'Sim.' } }],
};

describe('mergeGeneratedSection', () => {
  it('inserts before the footer with a fresh id, keys from id + path, and a complete string table', () => {
    const before = structuredClone(veganBakery);
    const result = mergeGeneratedSection(veganBakery, faq, { pageSlug: '' });
    expect(veganBakery).toEqual(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sections = result.document.pages[0].sections;
    expect(result.sectionId).toBe('faq-2');
    expect(sections.at(-2)).toEqual({
      id: 'faq-2',
      type: 'faq',
      titleKey: 'faq-2.title',
      items: [{ questionKey: 'faq-2.items.0.question', answerKey: 'faq-2.items.0.answer' }],
    });
    expect(sections.at(-1)?.type).toBe('footer');
    expect(result.document.i18n.strings['pt-BR']['faq-2.items.0.question']).toBe('Estacionamento?');
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('replaces a section in place, keeping its id and removing strings only it used', () => {
    const result = mergeGeneratedSection(veganBakery, faq, { pageSlug: '', replaceSectionId: 'faq' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.pages[0].sections[5]).toMatchObject({ id: 'faq', titleKey: 'faq.title' });
    expect(result.document.i18n.strings.en['faq.title']).toBe('Good to know');
    expect(result.document.i18n.strings.en['faq.items.2.answer']).toBeUndefined();
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('fills locales the model skipped and ignores locales the site does not have', () => {
    const partial = { type: 'cta', title: { en: 'Come by', fr: 'Venez' }, primary: { label: 'Directions', href: '/#contact' } };
    const result = mergeGeneratedSection(veganBakery, partial, { pageSlug: 'blog', position: 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const blog = result.document.pages[1];
    expect(blog.sections[0]).toMatchObject({ id: 'cta', titleKey: 'blog.cta.title' });
    expect(result.document.i18n.strings['pt-BR']['blog.cta.title']).toBe('Come by');
    expect(result.document.i18n.strings.en['blog.cta.primary.label']).toBe('Directions');
    expect(result.repairs).toContain('ignored text for locale "fr" (not a site locale)');
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('refuses unknown pages, unknown types and sections that cannot be repaired', () => {
    expect(mergeGeneratedSection(veganBakery, faq, { pageSlug: 'nope' }).ok).toBe(false);
    expect(mergeGeneratedSection(veganBakery, { type: 'carousel' }, { pageSlug: '' }).ok).toBe(false);
    expect(
      mergeGeneratedSection(
        veganBakery,
        { type: 'cta', title: { en: 'x' }, primary: { label: { en: 'x' }, href: 'javascript:alert(1)' } },
        { pageSlug: '' },
      ).ok,
    ).toBe(false);
  });
});
