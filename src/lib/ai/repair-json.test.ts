import { describe, expect, it } from 'vitest';
import { parseJsonLenient, repairJson } from './repair-json';

function value(text: string): unknown {
  const result = parseJsonLenient(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('parseJsonLenient', () => {
  it('passes valid JSON through untouched', () => {
    expect(parseJsonLenient('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] }, repaired: false });
  });

  it('strips code fences and surrounding prose', () => {
    expect(value('Here you go:\n```json\n{"a": 1}\n```\nHope it helps!')).toEqual({ a: 1 });
    expect(value('Sure! {"a": 1} Anything else?')).toEqual({ a: 1 });
  });

  it('drops trailing and doubled commas, tolerates missing commas', () => {
    expect(value('{"a": [1, 2, ], "b": {"c": true,},}')).toEqual({ a: [1, 2], b: { c: true } });
    expect(value('[1,, 2]')).toEqual([1, 2]);
    expect(value('{"a": 1 "b": 2}')).toEqual({ a: 1, b: 2 });
  });

  it('accepts single quotes, unquoted keys, comments and Python literals', () => {
    expect(value("{'a': 'it\\'s', b: True, c: None /* note */, // line\n d: False}")).toEqual({
      a: "it's",
      b: true,
      c: null,
      d: false,
    });
  });

  it('closes documents cut off mid-way', () => {
    expect(value('{"title": "Padaria", "items": ["pão", "caf')).toEqual({ title: 'Padaria', items: ['pão', 'caf'] });
    expect(value('{"a": {"b": [1, 2')).toEqual({ a: { b: [1, 2] } });
    expect(value('{"a": 1, "b"')).toEqual({ a: 1 });
    expect(value('{"a": 1, "b":')).toEqual({ a: 1 });
    expect(value('{"a": 1, "b": tr')).toEqual({ a: 1 });
    expect(value('{"a": 1, "b": -')).toEqual({ a: 1 });
    expect(value('{"a": 1.5, "b": 2.')).toEqual({ a: 1.5, b: 2 });
    expect(value('{"a": "x\\')).toEqual({ a: 'x' });
    expect(value('{"a": "\\u00e')).toEqual({ a: '' });
  });

  it('keeps escapes and raw newlines inside strings', () => {
    expect(value('{"a": "line\nbreak \\"q\\" \\u00e9"')).toEqual({ a: 'line\nbreak "q" é' });
  });

  it('fails on text that is not JSON-like', () => {
    expect(parseJsonLenient('I cannot do that.').ok).toBe(false);
    expect(parseJsonLenient('{"a": hello world}').ok).toBe(false);
    expect(parseJsonLenient('{"a" 1}').ok).toBe(false);
  });
});

describe('repairJson', () => {
  it('returns well-formed JSON text or null', () => {
    expect(repairJson('```\n{"a": [1, 2,\n```')).toBe('{"a":[1,2]}');
    expect(repairJson('nope')).toBeNull();
  });
});
