import type { SiteBrief } from '@/modules/brief/site-brief-schema';

/** A brief as the extractor would give it for a named bakery asking for WhatsApp, hours and a newsletter. */
export function sampleBrief(overrides: Partial<SiteBrief> = {}): SiteBrief {
  return {
    version: 1,
    name: 'Padaria Trigo Fino',
    kind: {
      id: 'bakery',
      family: 'food',
      schemaKind: 'Bakery',
      label: { en: 'bakery', pt: 'padaria', es: 'panadería' },
      isFallback: false,
    },
    location: { text: 'Curitiba', country: 'BR' },
    languages: ['pt-BR'],
    promptLanguage: 'pt-BR',
    audience: 'famílias do bairro',
    tone: 'casual',
    features: ['whatsapp', 'hours', 'newsletter'],
    facts: {
      phones: [],
      whatsapp: '5541999887766',
      emails: [],
      openingHours: ['Mo-Sa 07:00-19:00'],
      prices: [{ text: 'R$ 12,90', amount: 12.9, currency: 'BRL', label: 'pão de fermentação natural' }],
      people: ['Dona Lurdes'],
      offerings: ['pão de fermentação natural', 'sonhos'],
    },
    regulated: null,
    notes: [],
    ...overrides,
  };
}
