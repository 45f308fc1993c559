import { inlineFieldName, isKeyField, isKeyListField } from '@/modules/document/find-keys-in';
import type { Section } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';

type Strings = SiteDocument['i18n']['strings'];

function textsFor(key: string, strings: Strings, locales: readonly string[], plain: boolean): Record<string, string> | string {
  if (plain) return strings[locales[0] ?? '']?.[key] ?? '';
  const texts: Record<string, string> = {};
  for (const locale of locales) {
    const text = strings[locale]?.[key];
    if (text !== undefined && text.trim() !== '') texts[locale] = text;
  }
  return texts;
}

function inline(value: unknown, strings: Strings, locales: readonly string[], plain: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(item, strings, locales, plain));
  if (value === null || typeof value !== 'object') return value;
  return inlineObject(value, strings, locales, plain);
}

function inlineObject(value: object, strings: Strings, locales: readonly string[], plain: boolean): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    if (isKeyField(name) && typeof child === 'string') output[inlineFieldName(name)] = textsFor(child, strings, locales, plain);
    else if (isKeyListField(name) && Array.isArray(child)) {
      output[inlineFieldName(name)] = child.map((key) => (typeof key === 'string' ? textsFor(key, strings, locales, plain) : key));
    } else output[name] = inline(child, strings, locales, plain);
  }
  return output;
}

/**
 * The inverse of `mergeGeneratedSection`: a section with its texts inline per locale
 * (`titleKey: "menu.title"` → `title: { en: "Menu", "pt-BR": "Cardápio" }`), the shape section
 * calls answer with. Used to show the model a section it should rewrite, and to turn a
 * repaired section back into a value the section schema accepts. `plainTexts`: each text as the
 * first locale's string (`title: "Menu"`), the shape of a one-language site's section calls.
 */
export function inlineSection(
  section: Section,
  document: SiteDocument,
  locales: readonly string[] = document.i18n.locales,
  options: { plainTexts?: boolean } = {},
): Record<string, unknown> {
  return inlineObject(section, document.i18n.strings, locales, options.plainTexts === true);
}
