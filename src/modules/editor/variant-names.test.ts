import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';
import { sectionRegistry } from '@/modules/document/section-registry';

// The layout choice in the properties panel names each variant in the reader's language; a
// variant added to a section type without a name would show its identifier instead.
describe('layout (variant) names', () => {
  const variants = [...new Set(Object.values(sectionRegistry).flatMap((definition) => [...definition.variants]))];

  it.each([
    ['en', en],
    ['pt-BR', ptBR],
  ] as const)('every variant of every section type has a name in %s', (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: 'editor.properties' });
    for (const variant of variants) {
      const name = t('variantName', { variant: variant.replaceAll('-', '_') });
      expect(name, variant).not.toBe(variant.replaceAll('-', '_'));
      expect(name, variant).not.toMatch(/[_-]/);
    }
  });
});
