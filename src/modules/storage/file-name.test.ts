import { describe, expect, it } from 'vitest';
import { fileNameSchema, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps ordinary names, in any script', () => {
    expect(sanitizeFileName('Pão de queijo.jpg')).toBe('Pão de queijo.jpg');
    expect(sanitizeFileName('Logo final (2).PNG')).toBe('Logo final (2).PNG');
    // NFD (as macOS sends it) becomes NFC: one way to spell the same name.
    expect(sanitizeFileName('Pa\u0303o.jpg')).toBe('Pão.jpg');
  });

  it('never yields a path: no slashes, backslashes or dot-only names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('..-..-etc-passwd');
    expect(sanitizeFileName('..\\..\\windows\\system32')).toBe('..-..-windows-system32');
    expect(sanitizeFileName('/absolute/path.jpg')).toBe('-absolute-path.jpg');
    for (const name of ['.', '..', '...', '   ', '']) expect(sanitizeFileName(name)).toBe('file');
    for (const name of ['../x', 'a/../../b', 'C:\\x\\..\\y']) {
      expect(sanitizeFileName(name)).not.toMatch(/[/\\]/);
    }
  });

  it('drops control and direction-override characters (no "gpj.exe" tricks, no header injection)', () => {
    expect(sanitizeFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(sanitizeFileName('a\r\nContent-Type: text/html.jpg')).toBe('aContent-Type: text-html.jpg');
    expect(sanitizeFileName('tab\there\u0000.jpg')).toBe('tabhere.jpg');
  });

  it('shortens long names to 255 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(400)}.jpeg`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.jpeg')).toBe(true);
  });

  it('the schema refuses a name with nothing left in it', () => {
    expect(fileNameSchema.safeParse('\u0000\u0001').success).toBe(false);
    expect(fileNameSchema.parse('  report.pdf  ')).toBe('report.pdf');
  });
});
