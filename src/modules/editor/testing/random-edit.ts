import fc from 'fast-check';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { sectionRegistry } from '@/modules/document/section-registry';
import { copyWithFreshKeys, freshSectionId } from '../copy-with-fresh-keys';
import type { EditOperation } from '../edit-operation';
import { getAt } from '../json-path';

// Random sequences of edits, made against whatever the document is at that moment: fast-check
// draws plain numbers and strings, `opFrom` turns them into an operation on the current state
// (some deliberately bad). Shared by the operation property test and the canvas differ's test.

export type Seed = { kind: number; a: number; b: number; c: number; text: string; flag: boolean };

export const seedArb: fc.Arbitrary<Seed> = fc.record({
  kind: fc.nat(15),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', 'x'.repeat(5001), 'javascript:alert(1)', '/blog', '#menu')),
  flag: fc.boolean(),
});

function listPaths(section: Record<string, unknown>): string[] {
  return Object.entries(section)
    .filter(([, value]) => Array.isArray(value) && value.length > 0 && typeof value[0] === 'object')
    .map(([name]) => name);
}

export function opFrom(document: SiteDocument, seed: Seed): EditOperation {
  const page = document.pages[seed.a % document.pages.length]!;
  const sections = page.sections;
  const section = (sections[seed.b % Math.max(1, sections.length)] ?? { id: 'none', type: 'hero' }) as Record<string, unknown> & {
    id: string;
    type: string;
  };
  const locales = [...document.i18n.locales, 'fr'];
  const keys = findKeysIn(section);
  const lists = listPaths(section);
  const list = lists[seed.c % Math.max(1, lists.length)];
  const items = list ? (section[list] as unknown[]) : [];
  switch (seed.kind) {
    case 0:
      return {
        op: 'set-text',
        locale: locales[seed.c % locales.length]!,
        key: keys[seed.c % Math.max(1, keys.length)] ?? 'site.name',
        value: seed.flag ? seed.text : null,
      };
    case 1: {
      const variants = sectionRegistry[section.type as keyof typeof sectionRegistry]?.variants ?? ['x'];
      return {
        op: 'set-field',
        page: page.slug,
        sectionId: section.id,
        path: ['variant'],
        value: seed.flag ? variants[seed.c % variants.length] : seed.text,
      };
    }
    case 2:
      return { op: 'set-field', page: page.slug, sectionId: section.id, path: ['hidden'], value: seed.flag ? true : undefined };
    case 3:
      return { op: 'move-section', page: page.slug, sectionId: section.id, toIndex: seed.c % (sections.length + 1) };
    case 4: {
      const copy = copyWithFreshKeys(document, {
        ...section,
        id: freshSectionId(
          sections.map((s) => s.id),
          section.id,
        ),
      });
      return { op: 'insert-section', page: page.slug, index: seed.c % (sections.length + 1), section: copy.value, strings: copy.strings };
    }
    case 5:
      return { op: 'remove-section', page: page.slug, sectionId: section.id, dropStrings: seed.flag ? findKeysIn(section) : undefined };
    case 6: {
      if (!list) return { op: 'set-text', locale: 'en', key: 'site.name', value: seed.text };
      const copy = copyWithFreshKeys(document, items[seed.c % items.length]);
      return {
        op: 'insert-item',
        page: page.slug,
        sectionId: section.id,
        path: [list],
        index: seed.a % (items.length + 1),
        item: copy.value,
        strings: copy.strings,
      };
    }
    case 7:
      return {
        op: 'remove-item',
        page: page.slug,
        sectionId: section.id,
        path: [list ?? 'items'],
        index: seed.c % (items.length + 1),
        dropStrings: seed.flag ? findKeysIn(items[0]) : undefined,
      };
    case 8:
      return {
        op: 'move-item',
        page: page.slug,
        sectionId: section.id,
        path: [list ?? 'items'],
        from: seed.a % (items.length + 1),
        to: seed.c % (items.length + 1),
      };
    case 9: {
      const colors = ['#000000', '#ffffff', 'red', '#123abc'];
      return {
        op: 'set-theme',
        theme: {
          ...document.theme,
          radius: seed.flag ? 'lg' : 'none',
          palette: { preset: 'custom', colors: { ...document.theme.palette.colors, primary: colors[seed.c % colors.length]! } },
        },
      };
    }
    case 10: {
      const paths = [
        ['primaryCta', 'href'],
        ['image', 'width'],
        ['items', 0, 'icon'],
        ['items', 0, 'isSample'],
      ];
      const path = paths[seed.c % paths.length]!;
      const value = seed.flag ? seed.text : getAt(section, path) === undefined ? 3 : undefined;
      return { op: 'set-field', page: page.slug, sectionId: section.id, path, value };
    }
    case 11: {
      // A copy of a page (its texts copied under fresh keys) at a free or a clashing/bad address.
      const copy = copyWithFreshKeys(document, { ...page, slug: seed.flag ? `p-${seed.c}` : seed.text });
      return { op: 'insert-page', index: seed.c % (document.pages.length + 2), page: copy.value, strings: copy.strings };
    }
    case 12:
      return { op: 'remove-page', page: page.slug, dropStrings: seed.flag ? findKeysIn(page) : undefined };
    case 13: {
      const choices: { path: (string | number)[]; value: unknown }[] = [
        { path: ['slug'], value: seed.flag ? `renamed-${seed.c}` : seed.text },
        { path: ['socialImage'], value: seed.flag ? `file:00000000-0000-4000-8000-00000000000${seed.c % 10}` : undefined },
        { path: ['socialImage'], value: seed.text },
        { path: ['descriptionKey'], value: seed.flag ? undefined : `fresh.d${seed.c}` },
        { path: ['titleKey'], value: seed.flag ? 'hero.title' : undefined },
        { path: ['post', 'date'], value: seed.flag ? '2024-02-29' : seed.text },
        { path: ['sections'], value: [] },
      ];
      const choice = choices[seed.c % choices.length]!;
      return { op: 'set-page-field', page: page.slug, ...choice };
    }
    case 14: {
      const logo = { src: '/logo.png', altKey: seed.flag ? 'site.logo.alt' : 'hero.title', width: 200, height: 80 };
      const choices: { path: (string | number)[]; value?: unknown }[] = [
        { path: ['site', 'logo'], value: seed.flag ? undefined : logo },
        { path: ['site', 'logo'], value: logo },
        { path: ['seo', 'socialImage'], value: seed.flag ? '/social.png' : undefined },
        { path: ['seo', 'socialImage'], value: seed.text },
        { path: ['site', 'nameKey'], value: 'hero.title' },
        { path: ['seo', 'titleKey'] },
        { path: ['theme', 'radius'], value: 'lg' },
        { path: ['site'], value: { nameKey: 'other.name' } },
      ];
      return { op: 'set-site-field', ...choices[seed.c % choices.length]! };
    }
    default:
      return {
        op: 'batch',
        ops: [opFrom(document, { ...seed, kind: seed.a % 15 }), opFrom(document, { ...seed, kind: seed.c % 15, b: seed.b + 1 })],
      };
  }
}
