import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv-cell';

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would run as a formula, whatever its first character', () => {
    for (const formula of ['=1+1', '+55 11 98765-4321', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
      expect(csvCell(formula).replace(/^"/, '').startsWith("'"), JSON.stringify(formula)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('leaves ordinary text alone and quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Maria João')).toBe('Maria João');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('1+1=2')).toBe('1+1=2');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', null, '=x'])).toBe("a,,'=x\r\n");
  });
});
