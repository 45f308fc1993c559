import { z } from 'zod';

/**
 * Content (phrase banks, taxonomies, gazetteers, translation tables) lives in JSON files reviewed
 * as content; the module that imports one validates it here, when it loads. A file that does not
 * match its schema stops the module from loading with an error naming the file and the place in
 * it ("offers[2].title"), rather than a page that reads `undefined` later.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`Content file ${file} is invalid: ${issues.join('; ')}`);
    this.name = 'ContentError';
  }
}

/** `offers[2].title` from zod's ['offers', 2, 'title']. */
function pathText(path: readonly PropertyKey[]): string {
  const text = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return text.startsWith('.') ? text.slice(1) : text || '(root)';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * zod builds objects in the schema's key order; the file's order is kept instead, because code
 * walks some content in order (the translation index takes the first phrase it meets), so moving
 * a key in a schema must not change what a site says.
 */
function inFileOrder(parsed: unknown, source: unknown): unknown {
  if (Array.isArray(parsed) && Array.isArray(source)) return parsed.map((item, index) => inFileOrder(item, source[index]));
  if (!isPlainObject(parsed) || !isPlainObject(source)) return parsed;
  const keys = [
    ...Object.keys(source).filter((key) => Object.hasOwn(parsed, key)),
    ...Object.keys(parsed).filter((key) => !Object.hasOwn(source, key)),
  ];
  return Object.fromEntries(keys.map((key) => [key, inFileOrder(parsed[key], source[key])]));
}

/** The content of `file` (its path in the repository, for the error), validated by `schema`. */
export function parseContent<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new ContentError(
      file,
      result.error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`),
    );
  return inFileOrder(result.data, data) as z.output<Schema>;
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A regular expression's source in a content file (a keyword, "vegan[oa]?s?"): refused when it does not compile. */
export const patternSchema = z.string().min(1).refine(compiles, 'not a regular expression');
