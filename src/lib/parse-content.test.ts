import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, parseContent } from './parse-content';

const schema = z.strictObject({
  title: z.tuple([z.string(), z.string()]),
  items: z.array(
    z.strictObject({
      name: z.string(),
      match: z
        .string()
        .transform((source) => new RegExp(source))
        .optional(),
    }),
  ),
});

describe('parseContent', () => {
  it('refuses a malformed file, naming the file and the place in it', () => {
    const broken = { title: ['Hello', 'Olá'], items: [{ name: 'ok' }, { name: 'x', nmae: 'typo' }, { name: 3 }] };
    expect(() => parseContent('content/sample.json', schema, broken)).toThrow(ContentError);
    expect(() => parseContent('content/sample.json', schema, broken)).toThrow(
      /^Content file content\/sample\.json is invalid: items\[1\]: Unrecognized key: "nmae"; items\[2\]\.name: Invalid input: expected string, received number$/,
    );
  });

  it('names the root when the whole file has the wrong shape', () => {
    expect(() => parseContent('content/sample.json', schema, [])).toThrow(/sample\.json is invalid: \(root\): /);
  });

  it('keeps the file’s key order (zod would use the schema’s) and applies the schema’s transforms', () => {
    const parsed = parseContent('content/sample.json', schema, { items: [{ match: 'a|b', name: 'n' }], title: ['a', 'b'] });
    expect(Object.keys(parsed)).toEqual(['items', 'title']);
    expect(Object.keys(parsed.items[0])).toEqual(['match', 'name']);
    expect(parsed.items[0].match).toEqual(/a|b/);
  });
});
