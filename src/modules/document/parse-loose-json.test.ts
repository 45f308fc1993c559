import { describe, expect, it } from 'vitest';
import { parseLooseJson } from './parse-loose-json';

describe('parseLooseJson', () => {
  it('parses plain, fenced and prose-wrapped JSON', () => {
    expect(parseLooseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseLooseJson('Here you go:\n```json\n{"a":[1,2]}\n```\nEnjoy!')).toEqual({ a: [1, 2] });
    expect(parseLooseJson('Sure! {"a":true} Anything else?')).toEqual({ a: true });
  });

  it('keeps the complete part of a truncated stream', () => {
    expect(parseLooseJson('{"a":1,"b":[1,2,{"c":"xy')).toEqual({ a: 1, b: [1, 2, {}] });
    expect(parseLooseJson('{"a":1,"b":[1,2,{"c":"xy"},')).toEqual({ a: 1, b: [1, 2, { c: 'xy' }] });
    expect(parseLooseJson('{"a":"he said \\"hi')).toEqual({});
    expect(parseLooseJson('[{"x":1},{"y":')).toEqual([{ x: 1 }, {}]);
  });

  it('stops at bare words instead of guessing', () => {
    expect(parseLooseJson('{"a": 12, "b": hello}')).toEqual({ a: 12 });
  });

  it('returns undefined when there is no JSON at all', () => {
    expect(parseLooseJson('no json here')).toBeUndefined();
    expect(parseLooseJson('')).toBeUndefined();
  });

  it('survives every prefix of a real document', () => {
    const text = JSON.stringify({ a: [1, 'two', { three: [true, null, 4.5e3] }], b: 'x\\"y' });
    for (let end = 0; end <= text.length; end += 1) expect(() => parseLooseJson(text.slice(0, end))).not.toThrow();
  });
});
