import type { createDocument } from 'zod-openapi';

type OpenApiDocument = ReturnType<typeof createDocument>;
type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  parameters?: { in: string; name: string }[];
  'x-codeSamples'?: { lang: string; label: string; source: string }[];
};

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

/**
 * Adds a curl example (`x-codeSamples`, which Scalar and Redoc show beside each operation) to
 * every operation of the generated document, made from its method, path, declared headers and
 * request body schema — never written per route, so a new route gets its example, and an example
 * cannot drift from the schema it shows. The key and the app's address are shell variables.
 */
export function addCurlSamples(doc: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op['x-codeSamples'] = [{ lang: 'shell', label: 'curl', source: curlFor(doc, method, path, op) }];
    }
  }
  return doc;
}

function curlFor(doc: OpenApiDocument, method: string, path: string, op: Operation): string {
  const url = `$PAGE_MAGIC_URL${path.replaceAll(/\{[^}]+\}/g, EXAMPLE_ID)}`;
  const lines = [`curl -X ${method.toUpperCase()} "${url}"`, `-H "Authorization: Bearer $PAGE_MAGIC_API_KEY"`];
  const headers = new Set((op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name));
  if (headers.has('Idempotency-Key')) lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
  if (headers.has('If-Match')) lines.push(`-H 'If-Match: "v1"'`);
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(exampleOf(doc, schema, 0)).replaceAll("'", "'\\''")}'`);
  }
  return lines.join(' \\\n  ');
}

/** A small valid-looking value for a schema: required properties only, enums' first value, defaults kept. */
function exampleOf(doc: OpenApiDocument, schema: JsonSchema, depth: number): unknown {
  const resolved = resolve(doc, schema);
  if (depth > 4) return null;
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.enum?.length) return resolved.enum[0];
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== 'null') : resolved.type;
  if (type === 'object' || resolved.properties) {
    return Object.fromEntries(
      (resolved.required ?? []).map((name) => [name, exampleOf(doc, resolved.properties?.[name] ?? {}, depth + 1)]),
    );
  }
  if (type === 'array') return [];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return false;
  if (resolved.format === 'uuid') return EXAMPLE_ID;
  return 'string';
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const name = schema.$ref?.replace('#/components/schemas/', '');
  const target = name ? (doc.components?.schemas?.[name] as JsonSchema | undefined) : undefined;
  return target ? { ...target, ...schema, $ref: undefined } : schema;
}
