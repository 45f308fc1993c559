import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { generatedSectionSchema } from '@/modules/document/generated-section-schema';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { sectionTypes } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { composeOfflineSection } from './compose-offline-section';
import { composeOfflineSite } from './compose-offline-site';
import { parseRewrite } from './rewrite-instruction';

const barber = composeOfflineSite({
  prompt: 'site para minha barbearia no centro de Curitiba, chamada Navalha de Ouro',
  locales: ['pt-BR', 'en'],
});
const lawyer = composeOfflineSite({ prompt: 'escritório de advocacia trabalhista em São Paulo', locales: ['pt-BR', 'en', 'es'] });

type Inline = Record<string, unknown> & { [field: string]: unknown };

function inline(document: SiteDocument, ...args: Parameters<typeof composeOfflineSection>[1][]): Inline {
  const section = composeOfflineSection(document, args[0]);
  if (section === null || typeof section !== 'object') throw new Error('not an object');
  return section as Inline;
}

function text(section: Inline, field: string, locale: string): string {
  const value = section[field];
  if (value === null || typeof value !== 'object' || !(locale in value)) throw new Error(`no ${field}`);
  return String((value as Record<string, unknown>)[locale]);
}

describe('composeOfflineSection', () => {
  it.each(sectionTypes)('%s: fits generatedSectionSchema and merges into a valid, complete document', (type) => {
    for (const document of [barber, lawyer, veganBakery]) {
      const section = composeOfflineSection(document, { type });
      expect(generatedSectionSchema(type, document.i18n.locales).safeParse(section).success).toBe(true);
      const merged = mergeGeneratedSection(document, section, { pageSlug: '' });
      expect(merged.ok).toBe(true);
      if (!merged.ok) continue;
      expect(parseSiteDocument(merged.document).ok).toBe(true);
      expect(checkI18nCompleteness(merged.document).isComplete).toBe(true);
      expect(merged.repairs.filter((repair) => !repair.startsWith('ignored'))).toEqual([]);
    }
  });

  it('writes for the business the document describes', () => {
    const hero = inline(barber, { type: 'hero' });
    expect(`${text(hero, 'eyebrow', 'pt-BR')} ${text(hero, 'title', 'pt-BR')} ${text(hero, 'subtitle', 'pt-BR')}`).toMatch(
      /barbearia|Navalha de Ouro|corte|barba/i,
    );
    const services = inline(lawyer, { type: 'services' });
    const items = services.items as Record<string, Record<string, string>>[];
    expect(items[0].title['pt-BR']).toBe('Direito trabalhista');
    expect(items[0].title.es).toBe('Derecho laboral');
    const bakeryMenu = inline(veganBakery, { type: 'menu' });
    expect(JSON.stringify(bakeryMenu)).not.toMatch(/beef|parmesan/i);
  });

  it('keeps the requested id, is deterministic and varies with the seed', () => {
    expect(inline(barber, { type: 'faq', sectionId: 'faq-2' }).id).toBe('faq-2');
    expect(composeOfflineSection(barber, { type: 'testimonials' })).toEqual(composeOfflineSection(barber, { type: 'testimonials' }));
    const seeds = [1, 2, 3, 4].map((seed) => JSON.stringify(composeOfflineSection(barber, { type: 'testimonials', seed })));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('"shorter" trims copy and lists', () => {
    const normal = inline(lawyer, { type: 'services' });
    const short = inline(lawyer, { type: 'services', instruction: 'mais curto' });
    expect(short.intro).toBeUndefined();
    expect((short.items as unknown[]).length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(short).length).toBeLessThan(JSON.stringify(normal).length);
    const about = inline(barber, { type: 'about', instruction: 'make it shorter' });
    expect(text(about, 'body', 'pt-BR')).toBe('A Navalha de Ouro resgata a tradição da barbearia de bairro, com as técnicas de hoje.');
  });

  it('"more formal" switches to the formal variants', () => {
    const formal = inline(barber, { type: 'hero', instruction: 'deixe mais formal' });
    expect(text(formal, 'title', 'pt-BR')).toBe('Cuidado e excelência na Navalha de Ouro');
    expect(text(inline(barber, { type: 'cta', instruction: 'more formal' }), 'title', 'en')).toBe('Schedule your appointment');
    expect(text(inline(barber, { type: 'faq', instruction: 'mais formal' }), 'title', 'pt-BR')).toBe('Perguntas frequentes');
  });

  it('"mention X" weaves X into the subtitle, body, text or intro', () => {
    const hero = inline(barber, { type: 'hero', instruction: 'mencione o estacionamento grátis' });
    expect(text(hero, 'subtitle', 'pt-BR')).toMatch(/\. O estacionamento grátis\.$/);
    expect(text(hero, 'subtitle', 'en')).toMatch(/O estacionamento grátis\.$/);
    const faq = inline(barber, { type: 'faq', instruction: 'mention free parking and make it shorter' });
    expect(text(faq, 'intro', 'en')).toBe('Free parking.');
    expect((faq.items as unknown[]).length).toBe(3);
    const injected = inline(barber, { type: 'cta', instruction: 'mention <script>alert(1)</script>free Wi-Fi' });
    expect(text(injected, 'text', 'en')).toMatch(/Free Wi-Fi\.$/);
    expect(JSON.stringify(injected)).not.toMatch(/<|script/);
  });
});

describe('composeOfflineSection on a model-planned skeleton (no sections yet)', () => {
  const skeleton: SiteDocument = {
    version: 1,
    site: { nameKey: 'site.name' },
    theme: {
      palette: {
        preset: 'slate',
        colors: {
          background: '#f8fafc',
          surface: '#ffffff',
          text: '#0f172a',
          muted: '#526075',
          primary: '#334155',
          primaryText: '#ffffff',
          accent: '#14b8a6',
        },
      },
      fonts: 'modern-sans',
      radius: 'md',
      spacing: 'normal',
      style: 'minimal',
    },
    seo: {
      titleKey: 'seo.title',
      descriptionKey: 'seo.description',
      business: { name: 'Casa do Pão', kind: 'Bakery', address: { locality: 'Porto Alegre' } },
    },
    i18n: {
      defaultLocale: 'pt-BR',
      locales: ['pt-BR', 'en'],
      strings: {
        'pt-BR': {
          'site.name': 'Casa do Pão',
          'seo.title': 'Casa do Pão — padaria artesanal em Porto Alegre',
          'seo.description': 'Pães de fermentação natural.',
        },
        en: {
          'site.name': 'Casa do Pão',
          'seo.title': 'Casa do Pão — artisan bakery in Porto Alegre',
          'seo.description': 'Sourdough bread.',
        },
      },
    },
    pages: [{ slug: '', kind: 'page', titleKey: 'seo.title', sections: [] }],
  };

  it('reads the business from the SEO data and fills every planned section', () => {
    let document = skeleton;
    for (const type of ['hero', 'features', 'menu', 'testimonials', 'faq', 'contact', 'footer'] as const) {
      const merged = mergeGeneratedSection(document, composeOfflineSection(document, { type, sectionId: type }), { pageSlug: '' });
      if (!merged.ok) throw new Error(merged.error);
      document = merged.document;
    }
    expect(parseSiteDocument(document).ok).toBe(true);
    expect(checkI18nCompleteness(document).isComplete).toBe(true);
    const pt = document.i18n.strings['pt-BR'];
    expect(pt['hero.eyebrow']).toBe('Padaria artesanal · Porto Alegre');
    // No prices in the prompt: the menu is an unpriced, marked example.
    expect(pt['menu.items.0.price']).toBeUndefined();
    expect(Object.values(pt).join(' ')).toContain('Casa do Pão');
  });
});

describe('parseRewrite', () => {
  it.each([
    ['shorter please', { tone: 'casual', isShorter: true }],
    ['mais curto e mais formal', { tone: 'formal', isShorter: true }],
    ['más corto', { tone: 'casual', isShorter: true }],
    ['less formal, friendlier', { tone: 'casual', isShorter: false }],
    ['mencione que temos Wi-Fi grátis', { tone: 'casual', isShorter: false, mention: 'temos Wi-Fi grátis' }],
    ['highlight our formal dress code', { tone: 'casual', isShorter: false, mention: 'our formal dress code' }],
    ['make it pop', { tone: 'casual', isShorter: false }],
    [undefined, { tone: 'casual', isShorter: false }],
  ])('%s', (instruction, expected) => {
    expect(parseRewrite(instruction)).toEqual(expected);
  });
});
