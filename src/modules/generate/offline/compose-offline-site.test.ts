import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderPage } from '@/modules/render/render-page';
import { expectSoundHtml } from '@/modules/render/testing/expect-sound-html';
import { innerOf } from '@/modules/render/testing/inspect-html';
import { composeOfflineSite } from './compose-offline-site';
import { allKinds } from './kinds';

const PT_EN = ['pt-BR', 'en'];
const EN_PT = ['en', 'pt-BR'];

const prompts: { prompt: string; locales: string[]; kind: string; name?: string }[] = [
  { prompt: 'a landing page for a vegan bakery in Lisbon', locales: EN_PT, kind: 'Bakery' },
  { prompt: 'site para minha barbearia no centro de Curitiba, chamada Navalha de Ouro', locales: PT_EN, kind: 'HealthAndBeautyBusiness', name: 'Navalha de Ouro' },
  { prompt: 'escritório de advocacia trabalhista em São Paulo', locales: PT_EN, kind: 'LegalService' },
  { prompt: 'yoga studio in Brooklyn with morning classes', locales: ['en'], kind: 'SportsActivityLocation' },
  { prompt: 'Clínica odontológica Sorriso em Recife, atendimento 24h', locales: PT_EN, kind: 'MedicalBusiness', name: 'Clínica Odontológica Sorriso' },
  { prompt: 'panadería artesanal en Madrid llamada La Miga', locales: ['es', 'en'], kind: 'Bakery', name: 'La Miga' },
  { prompt: 'Quero um site para minha pizzaria delivery em Belo Horizonte', locales: PT_EN, kind: 'Restaurant' },
  { prompt: 'Coffee shop called "Daily Grind" in Seattle, open 7am-6pm', locales: EN_PT, kind: 'CafeOrCoffeeShop', name: 'Daily Grind' },
  { prompt: 'bar de drinks autorais em Pinheiros', locales: PT_EN, kind: 'BarOrPub' },
  { prompt: 'academia de crossfit em Porto Alegre', locales: PT_EN, kind: 'SportsActivityLocation' },
  { prompt: 'clínica veterinária em Campinas', locales: PT_EN, kind: 'MedicalBusiness' },
  { prompt: 'accounting firm for freelancers in Toronto', locales: ['en'], kind: 'ProfessionalService' },
  { prompt: 'fotógrafa de casamentos em Florianópolis', locales: PT_EN, kind: 'ProfessionalService' },
  { prompt: 'construtora em Goiânia especializada em reformas', locales: PT_EN, kind: 'HomeAndConstructionBusiness' },
  { prompt: 'escuela de idiomas en Buenos Aires', locales: ['es'], kind: 'EducationalOrganization' },
  { prompt: 'SaaS that helps restaurants manage reservations', locales: EN_PT, kind: 'Organization' },
  { prompt: 'pousada pé na areia em Ipanema com café da manhã', locales: PT_EN, kind: 'LodgingBusiness' },
  { prompt: 'ONG de proteção animal em Belém', locales: PT_EN, kind: 'Organization' },
  { prompt: 'portfolio for Ana Souza, UX designer', locales: EN_PT, kind: 'Person', name: 'Ana Souza' },
  { prompt: 'please make me something beautiful', locales: EN_PT, kind: 'LocalBusiness' },
  { prompt: '   ', locales: PT_EN, kind: 'LocalBusiness' },
];

function allStrings(document: SiteDocument): string[] {
  return Object.values(document.i18n.strings).flatMap((table) => Object.values(table));
}

function expectValid(document: SiteDocument): void {
  expect(parseSiteDocument(document).ok).toBe(true);
  expect(checkI18nCompleteness(document)).toEqual({ isComplete: true, missing: {} });
  for (const text of allStrings(document)) {
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/[{}<>]|undefined|NaN|\s{3,}/);
  }
  const sections = document.pages[0].sections;
  expect(sections.length).toBeGreaterThanOrEqual(7);
  expect(sections.length).toBeLessThanOrEqual(10);
  expect(sections[0].type).toBe('hero');
  expect(sections.at(-1)?.type).toBe('footer');
}

describe('composeOfflineSite', () => {
  it.each(prompts)('$prompt → a valid, complete $kind site', ({ prompt, locales, kind, name }) => {
    const document = composeOfflineSite({ prompt, locales });
    expectValid(document);
    expect(document.i18n.locales).toEqual(locales);
    expect(document.i18n.defaultLocale).toBe(locales[0]);
    expect(document.seo.business?.kind).toBe(kind);
    if (name) expect(document.seo.business?.name).toBe(name);
    expect(document.i18n.strings[locales[0]]['site.name']).toBe(document.seo.business?.name);
  });

  it('writes each language in its own words, and English for locales without a bank', () => {
    const bakery = composeOfflineSite({ prompt: 'a landing page for a vegan bakery in Lisbon', locales: ['en', 'pt-BR', 'es'] });
    const { en, 'pt-BR': pt, es } = bakery.i18n.strings;
    expect(en['seo.title']).toBe('Lisbon Vegan Bakery — Vegan bakery in Lisbon');
    expect(pt['seo.title']).toBe('Lisbon Vegan Bakery — Padaria vegana em Lisboa');
    expect(pt['menu.title']).toBe('Cardápio do dia');
    expect(es).toEqual(en);
    expect(Object.values(pt).filter((text, index) => text === Object.values(en)[index]).length).toBeLessThan(Object.keys(pt).length / 4);
  });

  it('uses what the prompt says: place, hints, contact details, prices in the local currency', () => {
    const document = composeOfflineSite({
      prompt: 'Padaria vegana com entrega grátis no Rio. Aberta de terça a domingo das 7h às 19h. WhatsApp +55 21 99876-5432, oi@padaria.com.br',
      locales: PT_EN,
    });
    const pt = document.i18n.strings['pt-BR'];
    expect(document.seo.business).toMatchObject({ name: 'Padaria Vegana Rio de Janeiro', phone: '+55 21 99876-5432', email: 'oi@padaria.com.br', openingHours: ['Tu-Su 07:00-19:00'] });
    expect(pt['hero.eyebrow']).toBe('Padaria vegana · Rio de Janeiro');
    expect(pt['footer.tagline']).toBe('Padaria vegana no Rio de Janeiro.');
    expect(pt['contact.details.hours']).toBe('Ter–Dom 7h–19h');
    expect(document.i18n.strings.en['contact.details.hours']).toBe('Tue–Sun 7am–7pm');
    expect(Object.values(pt)).toContain('Entrega grátis');
    expect(Object.values(pt).some((text) => /^R\$\s\d+,\d\d$/.test(text))).toBe(true);
    const footer = document.pages[0].sections.at(-1);
    expect(footer?.type === 'footer' && footer.social).toEqual([{ network: 'whatsapp', href: 'https://wa.me/5521998765432' }]);
  });

  it('drops menu items a vegan kitchen would not serve', () => {
    const document = composeOfflineSite({ prompt: 'vegan restaurant in London', locales: ['en'] });
    const texts = allStrings(document).join('\n');
    expect(texts).not.toMatch(/beef|parmesan|catch of the day/i);
    expect(texts).toMatch(/£/);
  });

  it('is deterministic, and another seed gives another variant', () => {
    const input = { prompt: 'yoga studio in Brooklyn with morning classes', locales: EN_PT };
    expect(composeOfflineSite(input)).toEqual(composeOfflineSite(input));
    const variants = [1, 2, 3].map((seed) => composeOfflineSite({ ...input, seed }));
    for (const variant of variants) expect(variant).not.toEqual(composeOfflineSite(input));
    expect(variants[0]).not.toEqual(variants[1]);
  });

  it('follows the requested style', () => {
    for (const style of ['minimal', 'bold', 'elegant', 'playful'] as const) {
      const document = composeOfflineSite({ prompt: 'lawyer in Boston', locales: ['en'], style });
      expect(document.theme.style).toBe(style);
      expectValid(document);
    }
    expect(composeOfflineSite({ prompt: 'lawyer in Boston', locales: ['en'], style: 'elegant' }).theme.fonts).toMatch(/serif|didone/);
  });

  it('composes every kind in both bank languages', () => {
    for (const kind of allKinds) {
      for (const locales of [EN_PT, PT_EN]) {
        const document = composeOfflineSite({ prompt: `Something in Lisbon`, locales, businessKind: kind.id });
        expectValid(document);
        expect(document.pages[0].sections.map((section) => section.type)).toEqual(kind.sections);
      }
    }
  });

  it('strips markup and scripts from the prompt', () => {
    const prompt = '<script>alert("x")</script><h1 onclick="evil()">Bakery</h1> called "<img src=x onerror=alert(1)>Crumbs" <style>body{}</style>';
    const document = composeOfflineSite({ prompt, locales: EN_PT });
    expectValid(document);
    expect(document.seo.business?.name).toBe('Crumbs');
    // ("descriptionKey" contains "script", so only the texts and values are checked.)
    expect(JSON.stringify([allStrings(document), document.seo.business])).not.toMatch(/<|>|script|onerror|onclick|alert|evil/i);
  });

  it('copes with a 5,000-character prompt', () => {
    const prompt = `Restaurante familiar em Salvador chamado Sabor da Bahia. ${'Servimos moqueca, acarajé e muito carinho. '.repeat(120)}`.slice(0, 5000);
    const startedAt = performance.now();
    const document = composeOfflineSite({ prompt, locales: PT_EN });
    expect(performance.now() - startedAt).toBeLessThan(2000);
    expectValid(document);
    expect(document.seo.business?.name).toBe('Sabor da Bahia');
  });

  it('falls back to English for an unusable locale list', () => {
    const document = composeOfflineSite({ prompt: 'bakery', locales: ['not a locale', ''] });
    expect(document.i18n.locales).toEqual(['en']);
    expect(composeOfflineSite({ prompt: 'bakery', locales: ['pt_br', 'EN', 'en'] }).i18n.locales).toEqual(['pt-BR', 'en']);
  });

  it('renders sound pages with the business name in the title and the h1', () => {
    for (const { prompt, locales } of prompts.slice(0, 6)) {
      const document = composeOfflineSite({ prompt, locales });
      const name = document.seo.business?.name ?? '';
      for (const locale of locales) {
        const html = renderPage(document, { pageSlug: '', locale, mode: 'preview' });
        expectSoundHtml(html, { locale, mode: 'preview' });
        const title = innerOf(html, 'title') ?? '';
        const h1 = innerOf(html, 'h1') ?? '';
        expect(`${title} ${h1}`.replace(/&amp;/g, '&')).toContain(name);
      }
    }
  });
});
