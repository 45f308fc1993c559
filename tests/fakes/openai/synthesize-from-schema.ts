/**
 * Builds a small value that satisfies a JSON Schema, so the fake server can
 * answer a `response_format: json_schema` request for any schema without the
 * test having to write a responder. It covers what zod's / the AI SDK's JSON
 * Schema output uses (objects, arrays, enums, const, unions, $ref/$defs,
 * string/number bounds, common formats); `pattern` is not solved.
 */

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonSchema = { [key: string]: unknown };

const MAX_DEPTH = 24;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const rawPart of ref.slice(2).split('/')) {
    // JSON Pointer escapes (RFC 6901).
    const part = decodeURIComponent(rawPart).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isSchema(node)) return undefined;
    node = node[part];
  }
  return isSchema(node) ? node : undefined;
}

function pickType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    // Prefer a non-null type: a "nullable string" should still produce text.
    const concrete = type.find((t) => t !== 'null');
    return typeof concrete === 'string' ? concrete : 'null';
  }
  if (isSchema(schema.properties) || schema.required !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  return undefined;
}

function synthesizeString(schema: JsonSchema): string {
  const format = schema.format;
  let text: string;
  switch (format) {
    case 'email':
      text = 'lorem@example.com';
      break;
    case 'uri':
    case 'url':
      text = 'https://example.com/lorem';
      break;
    case 'date-time':
      text = '2026-01-01T00:00:00.000Z';
      break;
    case 'date':
      text = '2026-01-01';
      break;
    case 'time':
      text = '00:00:00';
      break;
    case 'uuid':
      text = '00000000-0000-4000-8000-000000000000';
      break;
    default:
      text = 'lorem';
  }
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  while (text.length < minLength) text += ' lorem';
  if (typeof schema.maxLength === 'number' && text.length > schema.maxLength) {
    text = text.slice(0, schema.maxLength);
  }
  return text;
}

function synthesizeNumber(schema: JsonSchema, isInteger: boolean): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  let value = 1;
  if (min !== undefined) value = Math.max(value, min);
  if (exclusiveMin !== undefined && value <= exclusiveMin) value = exclusiveMin + 1;
  if (max !== undefined && value > max) value = max;
  if (exclusiveMax !== undefined && value >= exclusiveMax) value = exclusiveMax - (isInteger ? 1 : 0.5);
  return isInteger ? Math.ceil(value) : value;
}

function synthesize(schemaOrBool: unknown, root: JsonSchema, depth: number): JsonValue {
  if (depth > MAX_DEPTH || !isSchema(schemaOrBool)) return null;
  const schema = schemaOrBool;

  if (typeof schema.$ref === 'string') {
    return synthesize(resolveRef(schema.$ref, root), root, depth + 1);
  }
  if ('const' in schema) return schema.const as JsonValue;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as JsonValue;
  if ('default' in schema && schema.default !== undefined) return schema.default as JsonValue;

  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      // Prefer a non-null branch so optional fields still carry content.
      const branch = options.find((o) => !(isSchema(o) && o.type === 'null')) ?? options[0];
      return synthesize(branch, root, depth + 1);
    }
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const parts = schema.allOf.map((part) => synthesize(part, root, depth + 1));
    if (parts.every((p) => isSchema(p))) {
      return Object.assign({}, ...parts) as JsonValue;
    }
    return parts[0] ?? null;
  }

  switch (pickType(schema)) {
    case 'object': {
      const result: { [key: string]: JsonValue } = {};
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
      for (const key of required) {
        result[key] = synthesize(properties[key] ?? {}, root, depth + 1);
      }
      return result;
    }
    case 'array': {
      const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const prefixItems = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
      const items: JsonValue[] = prefixItems.map((p) => synthesize(p, root, depth + 1));
      while (items.length < minItems) items.push(synthesize(schema.items ?? {}, root, depth + 1));
      return items;
    }
    case 'string':
      return synthesizeString(schema);
    case 'integer':
      return synthesizeNumber(schema, true);
    case 'number':
      return synthesizeNumber(schema, false);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      // An empty schema accepts anything; a string is the least surprising value.
      return 'lorem';
  }
}

export function synthesizeFromSchema(schema: unknown): JsonValue {
  return synthesize(schema, isSchema(schema) ? schema : {}, 0);
}
