import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// Helpers of catalog.test.ts: flatten a catalog, describe a message's ICU arguments, and find
// which keys the source code uses.

export type Catalog = { [key: string]: string | Catalog };

/** `{ studio: { title: '…' } }` → `{ 'studio.title': '…' }`. */
export function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out[`${prefix}${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/**
 * The arguments a message takes, as sorted `name:kind` strings (`count:plural`), plus the option
 * keys of every `select` (both languages must branch on the same values). Throws on bad ICU.
 */
export function icuSignature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      const kind = KIND[element.type];
      if (kind && 'value' in element && typeof element.value === 'string') found.add(`${element.value}:${kind}`);
      if (element.type === TYPE.select) found.add(`${element.value}:options=${Object.keys(element.options).sort().join('|')}`);
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

// `useTranslations('studio.edit')`, `getTranslations()`, `getTranslations({ locale, namespace: 'x' })`,
// `createTranslator({ …, namespace: 'emails' })`: the namespaces a file's translators are bound to.
const NAMESPACE_CALL = /\b(?:useTranslations|getTranslations)\(\s*(?:(['"])([\w.-]*)\1)?\s*\)/g;
const NAMESPACE_OPTION = /\b(?:getTranslations|createTranslator)\(\s*\{[\s\S]{0,200}?\bnamespace:\s*(['"])([\w.-]+)\1/g;
const STRING_LITERAL = /(['"`])((?:(?!\1)[^\\\n$])*)\1/g;

/**
 * The catalog keys the code uses. A file that binds a translator to namespaces N uses key
 * `N.s` for each string literal `s` it contains (so `t('title')` under `useTranslations('studio')`
 * counts, and so does `t(isOpen ? 'close' : 'open')`); a literal that is a whole key
 * (`'publish.check.altTextError'`) counts anywhere — which is how error keys are used:
 * `new AppError('NOT_FOUND', 'errors.projects.notFound')`, `.min(1, errorKey('errors.…'))`. Dynamic keys (`t(\`x.${y}\`)`) are invisible
 * here on purpose: the catalogs use ICU `select` instead.
 */
export function usedKeys(srcDir: string, allKeys: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    if (file.includes(`${path.sep}messages${path.sep}`)) continue;
    const code = readFileSync(file, 'utf8');
    const namespaces = new Set<string>();
    for (const match of code.matchAll(NAMESPACE_CALL)) namespaces.add(match[2] ?? '');
    for (const match of code.matchAll(NAMESPACE_OPTION)) namespaces.add(match[2]!);
    for (const match of code.matchAll(STRING_LITERAL)) {
      const literal = match[2]!;
      if (allKeys.has(literal)) used.add(literal);
      for (const namespace of namespaces) {
        const key = namespace ? `${namespace}.${literal}` : literal;
        if (allKeys.has(key)) used.add(key);
      }
    }
  }
  return used;
}
