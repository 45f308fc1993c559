import { z } from 'zod';
import { arrayBounds } from '@/modules/document/array-bounds';
import { i18nKeySchema, imageSchema, linkSchema } from '@/modules/document/primitives';
import { sectionRegistry, type SectionType } from '@/modules/document/section-registry';

// The properties form is derived from the section schemas themselves: one walk over a section's
// zod object turns each field into a kind of control. A new section type (or a new field) gets a
// form without anyone writing one, and the form can never offer a field the schema would refuse.

/** Fields whose text runs to sentences get a multi-line box; the rest are one line. */
const LONG_TEXT = /^(body|text|intro|description|answer|quote|bio|note|consent|details|tagline|subtitle|address|hours)$/;

type Base = { name: string; isOptional: boolean };

export type FieldSpec =
  | (Base & { kind: 'text'; isLong: boolean })
  /** A list of text keys (a plan's features): texts edited in place, entries added, moved and removed. */
  | (Base & { kind: 'texts'; min: number; max: number })
  | (Base & { kind: 'link' })
  | (Base & { kind: 'image' })
  | (Base & { kind: 'choice'; options: readonly string[] })
  | (Base & { kind: 'number'; min?: number; max?: number })
  | (Base & { kind: 'boolean' })
  /** A plain value checked by its own schema (phone, email, PIX key, URL). */
  | (Base & { kind: 'value'; schema: z.ZodType })
  | (Base & { kind: 'list'; min: number; max: number; item: FieldSpec[] })
  | (Base & { kind: 'group'; fields: FieldSpec[] });

/** `primaryCta` → `primaryCta`; `titleKey` → `title`; `featureKeys` → `features`. */
export function fieldName(property: string): string {
  if (property.endsWith('Keys') && property.length > 4) return `${property.slice(0, -4)}s`;
  if (property.endsWith('Key') && property.length > 3) return property.slice(0, -3);
  return property;
}

function unwrapOptional(schema: z.core.$ZodType): { schema: z.core.$ZodType; isOptional: boolean } {
  return schema instanceof z.ZodOptional ? { schema: schema.unwrap(), isOptional: true } : { schema, isOptional: false };
}

function describe(name: string, field: z.core.$ZodType): FieldSpec | null {
  const { schema, isOptional } = unwrapOptional(field);
  const base = { name, isOptional };
  if (schema === i18nKeySchema) return { ...base, kind: 'text', isLong: LONG_TEXT.test(fieldName(name)) };
  if (schema === linkSchema) return { ...base, kind: 'link' };
  if (schema === imageSchema) return { ...base, kind: 'image' };
  if (schema instanceof z.ZodEnum) return { ...base, kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodNumber) {
    return { ...base, kind: 'number', min: schema.minValue ?? undefined, max: schema.maxValue ?? undefined };
  }
  if (schema instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (schema instanceof z.ZodString) return { ...base, kind: 'value', schema };
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.core.$ZodType;
    const { min = 0, max = 200 } = arrayBounds(schema);
    if (element === i18nKeySchema) return { ...base, kind: 'texts', min, max };
    const item = describeObject(element);
    return item ? { ...base, kind: 'list', min, max, item } : null;
  }
  const fields = describeObject(schema);
  return fields ? { ...base, kind: 'group', fields } : null;
}

function describeObject(schema: z.core.$ZodType): FieldSpec[] | null {
  if (!(schema instanceof z.ZodObject)) return null;
  return Object.entries(schema.shape)
    .map(([name, field]) => describe(name, field))
    .filter((spec): spec is FieldSpec => spec !== null);
}

/**
 * The form of a section type: the variant first (when there is a choice), then every field in
 * schema order. `id`, `type` and `hidden` are the outline's business, not the form's.
 */
export function describeSectionFields(type: SectionType): FieldSpec[] {
  const entry = sectionRegistry[type];
  const fields = describeObject(entry.schema) ?? [];
  return fields.filter((spec) => !['id', 'type', 'hidden', 'variant'].includes(spec.name));
}

/** Variants a section type offers (the form shows a choice only when there are several). */
export function sectionVariants(type: SectionType): readonly string[] {
  return sectionRegistry[type].variants;
}

/** The first problem `value` has for a plain-value field, or null when it is fine. */
export function checkValue(spec: FieldSpec, value: unknown): string | null {
  if (value === undefined) return spec.isOptional ? null : 'required';
  const schema = spec.kind === 'value' ? spec.schema : spec.kind === 'link' ? linkSchema.shape.href : null;
  if (spec.kind === 'number') {
    const number = z
      .number()
      .int()
      .min(spec.min ?? -Infinity)
      .max(spec.max ?? Infinity);
    const parsed = number.safeParse(value);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
  }
  if (!schema) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
}

/** Where in a section the link whose label is `labelKey` sits (a button or a footer link). */
export function findLinkPath(section: unknown, labelKey: string, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(section)) {
    for (const [index, item] of section.entries()) {
      const found = findLinkPath(item, labelKey, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (section === null || typeof section !== 'object') return null;
  const record = section as Record<string, unknown>;
  if (record.labelKey === labelKey && typeof record.href === 'string') return path;
  for (const [name, child] of Object.entries(record)) {
    const found = findLinkPath(child, labelKey, [...path, name]);
    if (found) return found;
  }
  return null;
}
