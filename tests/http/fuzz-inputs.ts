import fc from 'fast-check';

// What the fuzz tests (fuzz-actions, fuzz-routes) throw at the app: unsafe text (control
// characters, lone surrogates), odd but storable text, values of the wrong type — including what
// React's reply format can deliver to an action — deep and cyclic structures, hostile bodies.

export const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'];
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Text that must be refused wherever it goes: a control character or a lone surrogate inside. */
export const unsafeText = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL, ...LONE_SURROGATES), fc.string({ maxLength: 12 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** Control characters only: a lone surrogate cannot travel in a form (FormData and UTF-8 turn it into U+FFFD). */
export const controlText = fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL)).map(([a, bad]) => `${a}${bad}`);

/** Text that is odd but storable: accepted or refused by the schema, never a 500. */
export const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\t\r\n',
    '\u202e\u200b\ufeff',
    '😀'.repeat(700),
    'x'.repeat(5_000),
    'x'.repeat(300_000),
    "Robert'); drop table projects;--",
    '<script>alert(1)</script>',
    '%00',
    '\\u0000',
    '$$',
    '$1',
    '../../etc/passwd',
    'a@b.c',
    'en',
    'pt-BR',
  ),
);

export function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

export function cyclic(): unknown {
  const node: Record<string, unknown> = { name: 'loop' };
  node.self = node;
  node.pair = { a: node, b: node };
  return node;
}

/** Values of the wrong type for any field (including what React's reply format can deliver: Map, Set, Date, BigInt, FormData, File). */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, 10n ** 40n),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 4 }),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Set(['a'])),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new File(['x'], 'x.txt')),
  fc.constant(new FormData()),
  fc.constantFrom(40, 5_000).map((depth) => nested(depth)),
  fc.constant(null).map(() => cyclic()),
);

/** What a field might plausibly hold, so some inputs pass validation and reach the database. */
export function plausibleValue(projectIds: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...projectIds),
    fc.uuid(),
    fc.constantFrom('en', 'pt-BR', 'pro', 'free', 'editor', 'viewer', 'rewrite_section', 'add_section', 'add_locale', 'continue', 'hero'),
    fc.constantFrom('someone@example.com', 'visitor@test.local', '/dashboard', '123456', 'correct horse battery staple'),
    fc.array(fc.constantFrom('en', 'pt-BR', 'es'), { minLength: 1, maxLength: 3 }),
    oddText,
  );
}

/** Records over a schema's field names: any values (`recordOver`), or with unsafe text or nesting planted (`unsafeRecordOver`). */
export function recordsOf(plausible: fc.Arbitrary<unknown>) {
  const anyValue = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: wrongType });

  /** An object over `keys` with any values. */
  function recordOver(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
    if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 3 });
    return fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] });
  }

  /** An object over `keys` that holds unsafe text somewhere (a value, a nested value, or a key) or nests too deep. */
  function unsafeRecordOver(keys: string[], { isFlat = false } = {}): fc.Arbitrary<Record<string, unknown>> {
    const key = keys.length ? fc.constantFrom(...keys) : fc.constant('field');
    // A form's fields are flat text: there the unsafe text is a value or a field name.
    const place = isFlat ? fc.constantFrom(0, 3) : fc.integer({ min: 0, max: 4 });
    return fc.tuple(recordOver(keys), key, isFlat ? controlText : unsafeText, place).map(([record, k, bad, where]) => {
      if (where === 0) return { ...record, [k]: bad };
      if (where === 1) return { ...record, [k]: [bad] };
      if (where === 2) return { ...record, [k]: { inner: bad } };
      if (where === 3) return { ...record, [bad]: 'value' };
      return { ...record, [k]: nested(64) };
    });
  }

  return { recordOver, unsafeRecordOver };
}

/** JSON as a client could send it: bigints as digits, a cycle or a lone `undefined` as null. */
export function toJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch {
    return 'null';
  }
}

export function toFormData(record: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(record)) {
    if (v instanceof File) form.append(k, v);
    else form.append(k, typeof v === 'string' ? v : toJson(v));
  }
  return form;
}

/** Bodies no parser should choke on: raw bytes (not UTF-8 too), broken JSON, deep nesting, huge. */
export const hostileBody: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array(bytes)),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x00]),
    new Uint8Array([0x7b, 0x22, 0x70, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // {"p":"<CESU surrogate>"}
    new Uint8Array([0x22, 0xc3, 0x28, 0x22]),
  ),
  fc.string({ maxLength: 64 }),
  fc.constantFrom(
    '',
    '{',
    '[]',
    'null',
    '"\\u0000"',
    '{"__proto__":{"x":1}}',
    '1e999',
    '['.repeat(20_000) + ']'.repeat(20_000),
    'x'.repeat(2_000_000),
  ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);
