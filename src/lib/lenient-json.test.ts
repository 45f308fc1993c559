import { describe, expect, it } from 'vitest';
import { parseLenientJson, repairJsonText } from './lenient-json';

function value(text: string): unknown {
  const result = parseLenientJson(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('parseLenientJson', () => {
  it('passes valid JSON through untouched', () => {
    expect(parseLenientJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] }, repaired: false });
  });

  it('strips code fences and surrounding prose', () => {
    expect(value('Here you go:\n```json\n{"a": 1}\n```\nHope it helps!')).toEqual({ a: 1 });
    expect(value('Sure! {"a": 1} Anything else?')).toEqual({ a: 1 });
    expect(value('Sure! [{"x": "a } in a string"}] bye')).toEqual([{ x: 'a } in a string' }]);
  });

  it('drops trailing commas and tolerates missing ones', () => {
    expect(value('{"a": [1, 2, ], "b": {"c": true,},}')).toEqual({ a: [1, 2], b: { c: true } });
    expect(value('{"a": 1 "b": 2}')).toEqual({ a: 1, b: 2 });
  });

  it('accepts single quotes, unquoted keys, comments and Python literals', () => {
    expect(value("{'a': 'it\\'s', b: True, c: None /* note */, // line\n d: False}")).toEqual({ a: "it's", b: true, c: null, d: false });
  });

  it('closes documents cut off mid-way', () => {
    expect(value('{"title": "Padaria", "items": ["pão", "caf')).toEqual({ title: 'Padaria', items: ['pão', 'caf'] });
    expect(value('{"a": {"b": [1, 2')).toEqual({ a: { b: [1, 2] } });
    expect(value('{"a":1,"b":[1,2,{"c":"xy"},')).toEqual({ a: 1, b: [1, 2, { c: 'xy' }] });
    expect(value('{"a": 1.5, "b": 2.')).toEqual({ a: 1.5, b: 2 });
    expect(value('{"a": "x\\')).toEqual({ a: 'x' });
    // A key whose value never came: present but null (the schema repair drops or fills it).
    expect(value('{"a": 1, "b":')).toEqual({ a: 1, b: null });
  });

  it('keeps escapes and raw newlines inside strings', () => {
    expect(value('{"a": "line\nbreak \\"q\\" \\u00e9"')).toEqual({ a: 'line\nbreak "q" é' });
  });

  it('fails on text with no JSON object or array', () => {
    expect(parseLenientJson('I cannot do that.').ok).toBe(false);
    expect(parseLenientJson('no json here').ok).toBe(false);
    expect(parseLenientJson('').ok).toBe(false);
    expect(parseLenientJson('"just a string"').ok).toBe(true); // valid JSON passes untouched; the schema refuses it
  });

  it('survives every prefix of a real document', () => {
    const text = JSON.stringify({ a: [1, 'two', { three: [true, null, 4.5e3] }], b: 'x\\"y' });
    for (let end = 0; end <= text.length; end += 1) expect(() => parseLenientJson(text.slice(0, end))).not.toThrow();
  });
});

describe('repairJsonText', () => {
  it('returns well-formed JSON text or null', () => {
    expect(repairJsonText('```\n{"a": [1, 2,\n```')).toBe('{"a":[1,2]}');
    expect(repairJsonText('nope')).toBeNull();
  });
});
