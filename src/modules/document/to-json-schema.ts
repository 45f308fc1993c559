import { z } from 'zod';
import { generatedSectionSchema } from './generated-section-schema';
import { siteDocumentSchema } from './site-document-schema';
import type { SectionType } from './section-registry';

export type JsonSchema = Record<string, unknown>;

/**
 * Guided-decoding back ends (vLLM's xgrammar/outlines) support a subset of JSON Schema:
 * `oneOf` becomes `anyOf` (our unions are discriminated, so they are equivalent) and
 * `propertyNames` is dropped (string-table keys are still checked by zod afterwards).
 */
function forGuidedDecoding(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forGuidedDecoding);
  if (node === null || typeof node !== 'object') return node;
  const output: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(node)) {
    if (name === 'propertyNames') continue;
    output[name === 'oneOf' ? 'anyOf' : name] = forGuidedDecoding(child);
  }
  return output;
}

function toJson(schema: z.ZodType): JsonSchema {
  // io 'output' makes objects closed (additionalProperties: false), which keeps a model from
  // wandering into fields we would discard anyway.
  return forGuidedDecoding(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })) as JsonSchema;
}

/** JSON Schema of a whole site document (cross-field rules are enforced by zod afterwards). */
export function toSiteDocumentJsonSchema(): JsonSchema {
  return toJson(siteDocumentSchema);
}

/** JSON Schema for generating one section with its texts inline for `locales`. */
export function toGeneratedSectionJsonSchema(type: SectionType, locales: readonly string[]): JsonSchema {
  return toJson(generatedSectionSchema(type, locales));
}
