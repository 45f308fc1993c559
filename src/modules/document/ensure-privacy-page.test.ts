import { describe, expect, it } from 'vitest';
import { buildSite } from '@/modules/build/build-site';
import { renderPage } from '@/modules/render/render-page';
import { ensurePrivacyPage } from './ensure-privacy-page';
import { veganBakery } from './fixtures/vegan-bakery';
import { parseSiteDocument } from './parse-site-document';
import type { SiteDocument } from './site-document-schema';

/** The fixture (a contact form; business Green Crumb) in the given languages, default first. */
function bakeryIn(locales: string[]): SiteDocument {
  const doc = structuredClone(veganBakery);
  const base = doc.i18n.strings.en!;
  doc.i18n = { defaultLocale: locales[0]!, locales, strings: Object.fromEntries(locales.map((locale) => [locale, { ...base }])) };
  return doc;
}

describe('the privacy page', () => {
  it('is written for a site with a form, in every site language, naming the business and how to reach it', () => {
    const doc = ensurePrivacyPage(bakeryIn(['en', 'pt-BR', 'pt-PT', 'es']));
    const parsed = parseSiteDocument(doc);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
    const page = doc.pages.find((candidate) => candidate.slug === 'privacy');
    expect(page).toMatchObject({ kind: 'page', titleKey: 'privacy_page.title' });
    const name = veganBakery.i18n.strings.en![veganBakery.site.nameKey]!;
    const expected = {
      en: ['Privacy policy', 'is responsible for that information (the data controller)'],
      'pt-BR': ['Política de privacidade', 'controlador dos dados, nos termos da LGPD'],
      'pt-PT': ['Política de privacidade', 'responsável pelo tratamento, nos termos do RGPD'],
      es: ['Política de privacidad', 'responsable del tratamiento'],
    };
    for (const [locale, [title, controller]] of Object.entries(expected)) {
      const html = renderPage(doc, { pageSlug: 'privacy', locale, mode: 'publish' });
      expect(html).toContain(`<h1 id="privacy_title">${title}</h1>`);
      expect(html).toContain(controller);
      expect(html).toContain(name);
      expect(html).toContain('hello@greencrumb.example');
      // The forms' notice links to it, in the page's own language.
      const home = renderPage(doc, { pageSlug: '', locale, mode: 'publish' });
      const path = locale === 'en' ? '/privacy/' : `/${locale}/privacy/`;
      expect(home).toMatch(new RegExp(`<p class="form-note">${name} [^<]+ <a href="${path}">${title}</a></p>`));
    }
  });

  it('is added once, keeps the person’s edits, and is not in the main menu', () => {
    const source = bakeryIn(['en']);
    delete source.navigation;
    const doc = ensurePrivacyPage(source);
    doc.i18n.strings.en!['privacy_page.rights.body'] = 'Write to Ana.';
    const again = ensurePrivacyPage(doc);
    expect(again).toBe(doc);
    expect(again.i18n.strings.en!['privacy_page.rights.body']).toBe('Write to Ana.');
    // Without explicit navigation the menu lists the site's pages, but not this one: the forms'
    // notices link to it.
    const menu = /<nav class="nav"[^]*?<\/nav>/.exec(renderPage(again, { pageSlug: '', locale: 'en', mode: 'publish' }))?.[0];
    expect(menu).toContain('href="/blog/"');
    expect(menu).not.toContain('privacy');
  });

  it('publishes with no broken link, and a site without forms gets none', () => {
    const doc = ensurePrivacyPage(bakeryIn(['en', 'pt-BR']));
    const { files, checks } = buildSite(doc, { baseUrl: 'https://bakery.example' });
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['privacy/index.html', 'pt-BR/privacy/index.html']));
    // (The fixture's sample images are not part of a bare build; nothing about the privacy page is.)
    const broken = checks.find((check) => check.id === 'broken-links');
    expect(broken?.level).not.toBe('error');
    expect((broken?.details ?? []).filter((line) => /privacy/.test(line))).toEqual([]);

    const formless = bakeryIn(['en']);
    for (const page of formless.pages)
      page.sections = page.sections.map((section) => (section.type === 'contact' ? { ...section, form: undefined } : section));
    expect(ensurePrivacyPage(formless)).toBe(formless);
  });
});

describe('a one-page site with a privacy page', () => {
  it('points its menu’s section links at the home page from the privacy page', () => {
    const doc = bakeryIn(['en', 'pt-BR']);
    doc.navigation = [{ labelKey: 'nav.contact', href: '#contact' }];
    doc.i18n.strings.en!['nav.contact'] = 'Contact';
    doc.i18n.strings['pt-BR']!['nav.contact'] = 'Contato';
    const withPage = ensurePrivacyPage(doc);
    expect(renderPage(withPage, { pageSlug: 'privacy', locale: 'en', mode: 'publish' })).toContain('<a href="/#contact">Contact</a>');
    expect(renderPage(withPage, { pageSlug: 'privacy', locale: 'pt-BR', mode: 'publish' })).toContain(
      '<a href="/pt-BR/#contact">Contato</a>',
    );
    // On the home page itself the link stays on the page.
    expect(renderPage(withPage, { pageSlug: '', locale: 'en', mode: 'publish' })).toContain('<a href="#contact">Contact</a>');
    const broken = buildSite(withPage, { baseUrl: 'https://bakery.example' }).checks.find((check) => check.id === 'broken-links');
    expect((broken?.details ?? []).filter((line) => /privacy/.test(line))).toEqual([]);
  });
});
