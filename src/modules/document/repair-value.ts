import { z } from 'zod';
import { arrayBounds } from './array-bounds';
import { inlineFieldName, isKeyField, isKeyListField } from './find-keys-in';
import { isFileRef } from './file-ref';
import { hexColorSchema, i18nKeySchema, imageSchema, imageSrcSchema, safeUrlSchema } from './primitives';

export const FAILED = Symbol('repair failed');
type Repaired = unknown | typeof FAILED;

/** Text found where a key belonged; `locale` is undefined for plain strings (default locale). */
export type InlineText = { key: string; locale?: string; text: string };

export type RepairContext = {
  repairs: string[];
  inlineTexts: InlineText[];
  /** Prefix of keys invented for this subtree: the section id, `seo`, `page.about`, … */
  keyPrefix: string;
  /** Human label of the subtree for repair notes, e.g. `pages[0].sections[2] (menu "menu")`. */
  where: string;
  /** Generated sections carry texts, never keys, so even a key-shaped string ("Menu") is text. */
  isInline?: boolean;
};

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(ctx: RepairContext, path: Path): string {
  const suffix = path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('');
  return `${ctx.where}${suffix}`;
}

/** `['items', 0, 'titleKey']` under prefix `features` → `features.items.0.title`. */
export function keyForPath(prefix: string, path: Path): string {
  const segments = path.map((segment) => (typeof segment === 'number' ? String(segment) : inlineFieldName(segment)));
  return [prefix, ...segments].join('.').replace(/[^A-Za-z0-9_.-]/g, '-');
}

function repairKey(value: unknown, path: Path, ctx: RepairContext): Repaired {
  if (!ctx.isInline && typeof value === 'string' && i18nKeySchema.safeParse(value).success) return value;
  const key = keyForPath(ctx.keyPrefix, path);
  if (typeof value === 'string' && value.trim() !== '') {
    ctx.inlineTexts.push({ key, text: value });
    if (!ctx.isInline) ctx.repairs.push(`${describe(ctx, path)}: moved inline text into i18n key "${key}"`);
  } else if (isRecord(value) && Object.values(value).some((text) => typeof text === 'string')) {
    // Models sometimes inline every locale: { "en": "Hi", "pt-BR": "Oi" } (generated sections always do).
    for (const [locale, text] of Object.entries(value)) if (typeof text === 'string') ctx.inlineTexts.push({ key, locale, text });
    if (!ctx.isInline) ctx.repairs.push(`${describe(ctx, path)}: moved inline translations into i18n key "${key}"`);
  } else {
    ctx.repairs.push(`${describe(ctx, path)}: added missing i18n key "${key}"`);
  }
  return key;
}

function repairUrl(value: unknown): Repaired {
  if (typeof value !== 'string') return FAILED;
  let url = value.trim();
  if (/^www\./i.test(url)) url = `https://${url}`;
  else if (/^[A-Za-z0-9_-][^:]*$/.test(url) && !url.startsWith('//')) url = `/${url}`;
  return safeUrlSchema.safeParse(url).success ? url : FAILED;
}

function repairLeaf(schema: z.core.$ZodType, value: unknown): Repaired {
  let candidate = value;
  if (schema instanceof z.ZodEnum && typeof value === 'string') {
    const options: readonly unknown[] = schema.options;
    const lower = value.trim().toLowerCase();
    candidate = options.find((option) => typeof option === 'string' && option.toLowerCase() === lower) ?? value;
  } else if (schema instanceof z.ZodNumber && typeof value === 'string' && value.trim() !== '') {
    candidate = Number(value);
  } else if (schema instanceof z.ZodNumber && typeof value === 'number' && !Number.isInteger(value)) {
    candidate = Math.round(value);
  } else if (schema instanceof z.ZodBoolean && (value === 'true' || value === 'false')) {
    candidate = value === 'true';
  } else if (schema instanceof z.ZodString && typeof value === 'number') {
    candidate = String(value);
  } else if (schema === hexColorSchema && typeof value === 'string' && /^[0-9a-f]{6}$/i.test(value.trim())) {
    candidate = `#${value.trim()}`;
  }
  const result = z.safeParse(schema, candidate);
  return result.success ? result.data : FAILED;
}

function repairObject(schema: z.ZodObject, value: unknown, path: Path, ctx: RepairContext): Repaired {
  if (!isRecord(value)) return FAILED;
  const output: Record<string, unknown> = {};
  for (const [name, fieldSchema] of Object.entries(schema.shape)) {
    let raw = value[name];
    // `title: "Hello"` where `titleKey` was expected: keep the text, invent the key.
    if (raw === undefined && (isKeyField(name) || isKeyListField(name))) raw = value[inlineFieldName(name)];
    if (schema === imageSchema && (name === 'width' || name === 'height') && raw === undefined) {
      // Dimensions only reserve layout space (CSS keeps the real ratio), so a guess beats dropping the image.
      raw = name === 'width' ? 1200 : 800;
      ctx.repairs.push(`${describe(ctx, [...path, name])}: assumed ${String(raw)}`);
    }
    // A missing yes/no reads as "no" (e.g. a form field's isRequired cut off by truncation).
    if (raw === undefined && fieldSchema instanceof z.ZodBoolean) raw = false;
    const repaired = repairValue(fieldSchema, raw, [...path, name], ctx);
    if (repaired === FAILED) {
      if (fieldSchema instanceof z.ZodOptional) {
        ctx.repairs.push(`${describe(ctx, [...path, name])}: dropped invalid value`);
        continue;
      }
      ctx.repairs.push(`${describe(ctx, [...path, name])}: required value is invalid`);
      return FAILED;
    }
    if (repaired !== undefined) output[name] = repaired;
  }
  // Object-level refinements (e.g. a lead form needs email or phone) run last.
  return schema.safeParse(output).success ? output : FAILED;
}

function repairArray(schema: z.ZodArray, value: unknown, path: Path, ctx: RepairContext): Repaired {
  if (!Array.isArray(value)) return FAILED;
  const items: unknown[] = [];
  value.forEach((item, index) => {
    const repaired = repairValue(schema.element, item, [...path, index], ctx);
    if (repaired === FAILED) ctx.repairs.push(`${describe(ctx, [...path, index])}: dropped invalid item`);
    else items.push(repaired);
  });
  const { min, max } = arrayBounds(schema);
  if (max !== undefined && items.length > max) {
    ctx.repairs.push(`${describe(ctx, path)}: kept the first ${max} of ${items.length} items`);
    items.length = max;
  }
  return min !== undefined && items.length < min ? FAILED : items;
}

/**
 * Coerces `value` towards `schema`, walking both together. Invalid optional parts are dropped,
 * missing keys are invented from the path, text found where a key belongs is collected into
 * `ctx.inlineTexts`. Returns FAILED when a required part cannot be saved.
 */
export function repairValue(schema: z.core.$ZodType, value: unknown, path: Path, ctx: RepairContext): Repaired {
  if (schema instanceof z.ZodOptional) {
    if (value === undefined || value === null) return undefined;
    return repairValue(schema.unwrap(), value, path, ctx);
  }
  if (schema === i18nKeySchema) return repairKey(value, path, ctx);
  if (schema === safeUrlSchema) return repairUrl(value);
  if (schema === imageSrcSchema) return isFileRef(value) ? value : repairUrl(value);
  if (schema instanceof z.ZodObject) return repairObject(schema, value, path, ctx);
  if (schema instanceof z.ZodArray) return repairArray(schema, value, path, ctx);
  return repairLeaf(schema, value);
}
