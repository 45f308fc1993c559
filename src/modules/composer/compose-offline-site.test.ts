import { describe, expect, it } from 'vitest';
import { checkSamples } from '@/modules/build/check-samples';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderPage } from '@/modules/render/render-page';
import { expectSoundHtml } from '@/modules/render/testing/expect-sound-html';
import { innerOf } from '@/modules/render/testing/inspect-html';
import { composeOfflineSite } from './compose-offline-site';
import { genericTaxonomyKind, taxonomy } from '@/modules/brief/taxonomy';
import { siteKind } from './site-kind';

const PT_EN = ['pt-BR', 'en'];
const EN_PT = ['en', 'pt-BR'];

const prompts: { prompt: string; locales: string[]; kind: string; name?: string }[] = [
  { prompt: 'a landing page for a vegan bakery in Lisbon', locales: EN_PT, kind: 'Bakery' },
  {
    prompt: 'site para minha barbearia no centro de Curitiba, chamada Navalha de Ouro',
    locales: PT_EN,
    kind: 'HealthAndBeautyBusiness',
    name: 'Navalha de Ouro',
  },
  { prompt: 'escritório de advocacia trabalhista em São Paulo', locales: PT_EN, kind: 'LegalService' },
  { prompt: 'yoga studio in Brooklyn with morning classes', locales: ['en'], kind: 'SportsActivityLocation' },
  {
    prompt: 'Clínica odontológica Sorriso em Recife, atendimento 24h',
    locales: PT_EN,
    kind: 'MedicalBusiness',
    name: 'Sorriso',
  },
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
  // Only what the prompt gives (its words, its facts) and what it asks for: a thin prompt makes a
  // short page, never one filled with another business's copy.
  expect(sections.length).toBeGreaterThanOrEqual(3);
  expect(sections.length).toBeLessThanOrEqual(16);
  expect(sections.some((section) => section.type === 'contact')).toBe(true);

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
    // No name given: what it is and where, never a name we made up.
    expect(document.site.isNameDescriptive === true).toBe(!name);
    expect(document.site.isNameSample).toBeUndefined();
  });

  it('writes each language in its own words: en, pt-BR, pt-PT and es; English only for locales without a bank', () => {
    const bakery = composeOfflineSite({
      prompt: 'a landing page for a vegan bakery in Lisbon',
      locales: ['en', 'pt-BR', 'pt-PT', 'es', 'fr'],
    });
    const { en, 'pt-BR': br, 'pt-PT': pt, es, fr } = bakery.i18n.strings;
    // No name was given: the title says what and where, each language in its own words.
    expect(en['seo.title']).toBe('Vegan bakery in Lisbon');
    expect(br['seo.title']).toBe('Padaria vegana em Lisboa');
    expect(pt['seo.title']).toBe('Padaria vegana em Lisboa');
    expect(es['seo.title']).toBe('Panadería vegana en Lisboa');
    expect(br['menu.title']).toBe('Cardápio do dia');
    expect(pt['menu.title']).toBe('A ementa do dia');
    expect(es['menu.title']).toBe('La carta de hoy');
    expect(br['nav.contact']).toBe('Contato');
    expect(pt['nav.contact']).toBe('Contacto');
    const differing = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((key) => a[key] !== b[key]).length;
    const total = Object.keys(en).length;
    expect(differing(es, en)).toBeGreaterThan((3 * total) / 4);
    expect(differing(pt, br)).toBeGreaterThan(total / 3);
    // No bank for French: its texts are the English ones, which the pre-publish translation check refuses.
    expect(fr).toEqual(en);
  });

  it('writes European Portuguese for Portugal: its own words, the article before possessives, no gerund', () => {
    const site = composeOfflineSite({
      prompt: 'Ginásio em Braga com aulas de grupo. Telemóvel 912 345 678. Horário: segunda a sexta das 7h às 22h.',
      locales: ['pt-PT'],
    });
    const all = Object.values(site.i18n.strings['pt-PT']).join('\n');
    expect(all).not.toMatch(/\b(equipe|contato|você|vocês|a gente|cardápio|celular|academia|agendar|agendamento|registro)\b/i);
    expect(all).not.toMatch(/\b\w+ndo\b(?<!\b(?:quando|mundo|segundo|fundo|tendo|sendo|lindo|grande|onde|conforme))/);
    expect(site.i18n.strings['pt-PT']['nav.contact']).toBe('Contacto');
    expect(site.i18n.strings['pt-PT']['contact.details.hours']).toBe('Seg–Sex 7h–22h');
  });

  it('formats hours, prices and dates per site language: 24-hour times and "Lun–Vie" in Spanish', () => {
    const site = composeOfflineSite({
      prompt: 'Panadería en Madrid abierta de lunes a viernes de 8 a 20 h. Barra de pan a 1,20 €.',
      locales: ['es', 'en'],
    });
    expect(site.i18n.strings.es['contact.details.hours']).toBe('Lun–Vie 8:00–20:00');
    expect(site.i18n.strings.en['contact.details.hours']).toBe('Mon–Fri 8am–8pm');
  });

  it('shows the days the prompt gave, leaving only the missing times as a marked sample', () => {
    const site = composeOfflineSite({
      prompt: 'Oficina auto em Guimarães, revisões e pneus. Horário de segunda a sábado.',
      locales: ['pt-PT'],
    });
    expect(site.seo.business?.openingHours).toEqual(['Mo-Sa']);
    const hours = site.pages[0].sections.find((section) => section.type === 'hours');
    if (hours?.type !== 'hours') throw new Error('hours were asked for');
    const table = site.i18n.strings['pt-PT'];
    expect(hours.rows.map((row) => [table[row.daysKey], table[row.timesKey], row.isSample])).toEqual([
      ['Seg–Sáb', 'Indique o seu horário', true],
    ]);
    const none = composeOfflineSite({ prompt: 'banho e tosa em Campinas, quero mostrar o horário de funcionamento', locales: ['pt-BR'] });
    const sample = none.pages[0].sections.find((section) => section.type === 'hours');
    if (sample?.type !== 'hours') throw new Error('hours were asked for');
    expect(sample.rows).toHaveLength(1);
    expect(sample.rows[0].isSample).toBe(true);
    // No invented days either: the placeholder names none.
    expect(none.i18n.strings['pt-BR'][sample.rows[0].daysKey]).toBe('Dias de funcionamento');
    expect(none.seo.business?.openingHours).toBeUndefined();
  });

  it('without a donation link or key, the donate button opens the contact form and says so', () => {
    const site = composeOfflineSite({
      prompt: 'Fundación Manos Unidas por Bogotá. Queremos un botón de donación y un formulario de contacto.',
      locales: ['es'],
    });
    const donate = site.pages[0].sections.find((section) => section.type === 'donate');
    if (donate?.type !== 'donate') throw new Error('donations were asked for');
    expect(donate.link?.href).toBe('#contact');
    expect(site.i18n.strings.es[donate.link!.labelKey]).toBe('Escríbenos para donar');
    expect(site.pages[0].sections.find((section) => section.id === 'contact' && section.type === 'contact')).toBeDefined();
    expect(donate.pix).toBeUndefined();
  });

  it('calls a kind without a phrase bank of its own by its own noun, never "Quality service"', () => {
    const locksmith = composeOfflineSite({ prompt: '24 hour locksmith in Denver', locales: ['en', 'es', 'pt-PT'] });
    expect(locksmith.i18n.strings.en['footer.tagline']).toBe('24-hour locksmith in Denver.');
    expect(locksmith.i18n.strings.es['footer.tagline']).toBe('Cerrajero 24 horas en Denver.');
    expect(locksmith.i18n.strings['pt-PT']['footer.tagline']).toBe('Serralheiro 24 horas em Denver.');
    // Nothing said about the business: it is called what the prompt calls it, never a bank's label.
    const unknown = composeOfflineSite({ prompt: 'a website for my business in Denver', locales: ['en'] });
    expect(unknown.i18n.strings.en['footer.tagline']).toBe('Business in Denver.');
  });

  it('uses what the prompt says: place, hints, contact details, prices in the local currency', () => {
    const document = composeOfflineSite({
      prompt:
        'Padaria vegana com entrega grátis no Rio. Aberta de terça a domingo das 7h às 19h. WhatsApp +55 21 99876-5432, oi@padaria.com.br',
      locales: PT_EN,
    });
    const pt = document.i18n.strings['pt-BR'];
    expect(document.seo.business).toMatchObject({
      phone: '+55 21 99876-5432',
      email: 'oi@padaria.com.br',
      openingHours: ['Tu-Su 07:00-19:00'],
    });
    // No name in the prompt: the header and the headline say what and where.
    expect(document.site.isNameDescriptive).toBe(true);
    expect(pt['site.name']).toBe('Padaria vegana no Rio de Janeiro');
    expect(pt['hero.title']).toBe('Padaria vegana no Rio de Janeiro');
    expect(pt['footer.tagline']).toBe('Padaria vegana no Rio de Janeiro.');
    expect(pt['contact.details.hours']).toBe('Ter–Dom 7h–19h');
    expect(document.i18n.strings.en['contact.details.hours']).toBe('Tue–Sun 7am–7pm');
    expect(Object.values(pt)).toContain('Entrega grátis.');
    // No price in the prompt, so none on the site: the menu lists the kind's typical items, unpriced,
    // and nothing on it needs replacing before the first publish.
    expect(Object.values(pt).some((text) => /R\$/.test(text))).toBe(false);
    const menu = document.pages[0].sections.find((section) => section.type === 'menu');
    expect(menu?.type === 'menu' && menu.items.length > 0 && menu.items.every((item) => !item.isSample && !item.priceKey)).toBe(true);
    // Nothing waits for the person before publishing: the header says what and where, and so does the footer.
    expect(checkSamples(document)).toEqual([expect.objectContaining({ level: 'ok' })]);
    expect(pt['footer.copyright']).toContain('Padaria vegana no Rio de Janeiro');
    const footer = document.pages[0].sections.at(-1);
    expect(footer?.type === 'footer' && footer.social).toEqual([{ network: 'whatsapp', href: 'https://wa.me/5521998765432' }]);
  });

  it('drops menu items a vegan kitchen would not serve', () => {
    const document = composeOfflineSite({ prompt: 'vegan restaurant in London', locales: ['en'] });
    const texts = allStrings(document).join('\n');
    expect(texts).not.toMatch(/beef|parmesan|catch of the day/i);
    // Prices the prompt did not give are never invented.
    expect(texts).not.toMatch(/£/);
  });

  it('is deterministic, and another seed gives another variant', () => {
    const input = { prompt: 'yoga studio in Brooklyn with morning classes', locales: EN_PT };
    expect(composeOfflineSite(input)).toEqual(composeOfflineSite(input));
    const variants = [1, 2, 3].map((seed) => composeOfflineSite({ ...input, seed }));
    for (const variant of variants) expect(variant).not.toEqual(composeOfflineSite(input));
    // Regenerating twice need not differ each time (few choices in a short prompt), but it is not one fixed alternative.
    expect(new Set(variants.map((variant) => JSON.stringify(variant))).size).toBeGreaterThan(1);
  });

  it('follows the requested style', () => {
    for (const style of ['minimal', 'bold', 'elegant', 'playful'] as const) {
      const document = composeOfflineSite({ prompt: 'lawyer in Boston', locales: ['en'], style });
      expect(document.theme.style).toBe(style);
      expectValid(document);
    }
    expect(composeOfflineSite({ prompt: 'lawyer in Boston', locales: ['en'], style: 'elegant' }).theme.fonts).toMatch(/serif|didone/);
  });

  it('composes every kind of the taxonomy in both bank languages', () => {
    for (const kind of [...taxonomy, genericTaxonomyKind].map(siteKind)) {
      for (const locales of [EN_PT, PT_EN]) {
        const document = composeOfflineSite({ prompt: `Something in Lisbon`, locales, businessKind: kind.id });
        expectValid(document);
        // The person chose the kind: its typical offers (by name only), nothing we cannot know —
        // no testimonials, numbers or team unless asked for, and then as marked samples.
        const types = document.pages[0].sections.map((section) => section.type);
        // A kind with a bank of its own has typical offers; one without writes none it was not given.
        const offers = kind.copyId === 'generic' ? [] : [kind.offerSection === 'menu' ? 'menu' : 'services'];
        expect({ kind: kind.id, types }).toEqual({
          kind: kind.id,
          types: expect.arrayContaining(['hero', ...offers, 'contact', 'footer']),
        });
        expect(types.filter((type) => ['testimonials', 'stats', 'team'].includes(type))).toEqual([]);
      }
    }
  });

  it('turns requested features into working elements and never presents samples as facts', () => {
    const document = composeOfflineSite({
      prompt:
        'Barbearia Navalha de Ouro no Rio, corte R$ 45 e barba R$ 35, agendamento pelo WhatsApp +55 21 99876-5432 ou pelo formulário, horário seg a sáb 9h-20h, depoimentos e blog',
      locales: ['pt-BR'],
      now: new Date('2026-11-23T12:00:00Z'),
    });
    const types = document.pages[0].sections.map((section) => section.type);
    expect(types).toEqual(expect.arrayContaining(['hours', 'testimonials', 'blog-list', 'contact']));
    expect(document.pages.filter((page) => page.kind === 'post')).toHaveLength(3);
    expect(document.seo.business?.openingHours).toEqual(['Mo-Sa 09:00-20:00']);
    // Intl puts a no-break space after the currency sign.
    const pt = Object.values(document.i18n.strings['pt-BR']).map((text) => text.replace(/\u00a0/g, ' '));
    expect(pt).toEqual(expect.arrayContaining(['R$ 45,00', 'R$ 35,00']));
    const hero = document.pages[0].sections[0];
    expect(hero.type === 'hero' && hero.secondaryCta?.href).toBe('https://wa.me/5521998765432');
    const contact = document.pages[0].sections.find((section) => section.type === 'contact');
    expect(contact?.type === 'contact' && contact.form?.purpose).toBe('booking');
    expect(contact?.type === 'contact' && contact.form?.fields.map((field) => field.name)).toContain('date');
    const testimonials = document.pages[0].sections.find((section) => section.type === 'testimonials');
    expect(testimonials?.type === 'testimonials' && testimonials.items.every((item) => item.isSample)).toBe(true);
  });

  it('places a business told by a landmark with the person’s words and a map search for it, never a made-up street', () => {
    const document = composeOfflineSite({
      prompt: 'Clínica de fisioterapia em Lisboa, perto do metro de Arroios. Site em português e inglês.',
      locales: ['pt-PT', 'en'],
    });
    expectValid(document);
    const contact = document.pages[0].sections.find((section) => section.type === 'contact');
    const details = contact?.type === 'contact' ? contact.details : undefined;
    const address = (locale: string) => document.i18n.strings[locale][details?.addressKey ?? ''];
    // The person's own words where they wrote them; elsewhere that language's preposition before the landmark.
    // The town it is in on a line of its own (it was read as the location, not the landmark's "Arroios").
    expect(address('pt-PT')).toBe('Perto do metro de Arroios\nLisboa');
    expect(address('en')).toBe('Near metro de Arroios\nLisbon');
    expect(details?.map?.href).toBe('https://www.google.com/maps/search/?api=1&query=metro+de+Arroios%2C+Lisbon');
    expect(document.seo.business?.address?.street).toBeUndefined();
    const html = renderPage(document, { pageSlug: '', locale: 'en', mode: 'publish' });
    expect(html).toContain(
      'Near metro de Arroios<br>Lisbon<br><a href="https://www.google.com/maps/search/?api=1&amp;query=metro+de+Arroios%2C+Lisbon">',
    );
  });

  it('asks for a phone number it was not given with a marked line that blocks publishing, never a made-up number', () => {
    const document = composeOfflineSite({
      prompt: 'Florista em Évora, ramos de noiva e entregas ao domicílio, encomendas por telefone',
      locales: ['pt-PT'],
    });
    expectValid(document);
    const contact = document.pages[0].sections.find((section) => section.type === 'contact');
    const details = contact?.type === 'contact' ? contact.details : undefined;
    expect(details?.phone).toBeUndefined();
    expect(details?.phoneToAdd?.isSample).toBe(true);
    expect(document.i18n.strings['pt-PT'][details?.phoneToAdd?.textKey ?? '']).toBe('Indique o seu número de telefone');
    expect(document.seo.business?.phone).toBeUndefined();
    expect(checkSamples(document)).toEqual([
      expect.objectContaining({
        level: 'error',
        details: expect.arrayContaining(['home › contact: the phone number to add (or remove the line asking for it)']),
      }),
    ]);
    const preview = renderPage(document, { pageSlug: '', locale: 'pt-PT', mode: 'preview' });
    expect(preview).toMatch(/<div class="smp"><dt>[^<]+<\/dt><dd>Indique o seu número de telefone <span class="smp-b">/);
    // No number anywhere: no tel: link (contact details, call button), no telephone in the structured data.
    const published = renderPage(document, { pageSlug: '', locale: 'pt-PT', mode: 'publish' });
    expect(published).not.toMatch(/tel:|"telephone"/);
    // The person enters the number in the editor: it takes the line's place and nothing blocks.
    const given = structuredClone(document);
    const givenContact = given.pages[0].sections.find((section) => section.type === 'contact');
    if (givenContact?.type !== 'contact' || !givenContact.details) throw new Error('no contact details');
    givenContact.details.phone = '+351 266 700 100';
    given.site.isNameSample = false;
    expect(checkSamples(given)).toEqual([expect.objectContaining({ level: 'ok' })]);
    const withNumber = renderPage(given, { pageSlug: '', locale: 'pt-PT', mode: 'preview' });
    expect(withNumber).toContain('+351 266 700 100</a>');
    expect(withNumber).not.toContain('Indique o seu número de telefone');
  });

  it('leaves testimonials out for a law firm even when asked (OAB rules)', () => {
    const document = composeOfflineSite({ prompt: 'Escritório de advocacia em Curitiba com depoimentos de clientes', locales: ['pt-BR'] });
    expect(document.pages[0].sections.map((section) => section.type)).not.toContain('testimonials');
  });

  it('strips markup and scripts from the prompt', () => {
    const prompt =
      '<script>alert("x")</script><h1 onclick="evil()">Bakery</h1> called "<img src=x onerror=alert(1)>Crumbs" <style>body{}</style>';
    const document = composeOfflineSite({ prompt, locales: EN_PT });
    expectValid(document);
    expect(document.seo.business?.name).toBe('Crumbs');
    // ("descriptionKey" contains "script", so only the texts and values are checked.)
    expect(JSON.stringify([allStrings(document), document.seo.business])).not.toMatch(/<|>|script|onerror|onclick|alert|evil/i);
  });

  it('copes with a 5,000-character prompt', () => {
    const prompt =
      `Restaurante familiar em Salvador chamado Sabor da Bahia. ${'Servimos moqueca, acarajé e muito carinho. '.repeat(120)}`.slice(
        0,
        5000,
      );
    // How long it takes is `npm run bench -- --only compose` (a time asserted here failed on a loaded machine).
    const document = composeOfflineSite({ prompt, locales: PT_EN });
    expectValid(document);
    expect(document.seo.business?.name).toBe('Sabor da Bahia');
  });

  it('falls back to English for an unusable locale list', () => {
    const document = composeOfflineSite({ prompt: 'bakery', locales: ['not a locale', ''] });
    expect(document.i18n.locales).toEqual(['en']);
    expect(composeOfflineSite({ prompt: 'bakery', locales: ['pt_br', 'EN', 'en'] }).i18n.locales).toEqual(['pt-BR', 'en']);
  });

  it('renders sound pages with the business name (or, with none given, what it is) in the title and the h1', () => {
    for (const { prompt, locales } of prompts.slice(0, 6)) {
      const document = composeOfflineSite({ prompt, locales });
      for (const locale of locales) {
        const name = document.site.isNameDescriptive ? document.i18n.strings[locale]!['hero.title']! : (document.seo.business?.name ?? '');
        const html = renderPage(document, { pageSlug: '', locale, mode: 'preview' });
        expectSoundHtml(html, { locale, mode: 'preview' });
        const title = innerOf(html, 'title') ?? '';
        const h1 = innerOf(html, 'h1') ?? '';
        expect(`${title} ${h1}`.replace(/&amp;/g, '&')).toContain(name);
      }
    }
  });
});
