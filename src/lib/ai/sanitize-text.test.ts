import { describe, expect, it } from 'vitest';
import { sanitizeDeep, sanitizeText } from './sanitize-text';

describe('sanitizeText', () => {
  it('strips HTML tags, comments and script/style bodies', () => {
    expect(sanitizeText('<b>Pão</b> <i>quente</i><script>alert(1)</script>!')).toBe('Pão quente!');
    expect(sanitizeText('Hi<!-- hidden -->there<style>body{display:none}</style>')).toBe('Hithere');
    expect(sanitizeText('<img src=x onerror=alert(1)>Menu')).toBe('Menu');
    expect(sanitizeText('<scr<script></script>ipt>alert(1)</script>Ok')).not.toMatch(/<script/i);
  });

  it('keeps prose that merely contains angle brackets', () => {
    expect(sanitizeText('a < b and 5 > 3')).toBe('a < b and 5 > 3');
    expect(sanitizeText('use x<y for comparisons')).toBe('use x<y for comparisons');
  });

  it('removes control, zero-width and bidi characters but keeps emoji sequences', () => {
    expect(sanitizeText('Pa\u200Bda\u202Eria\u0000\u0007\uFEFF')).toBe('Padaria');
    expect(sanitizeText('Chef 👩‍🍳 ❤️')).toBe('Chef 👩‍🍳 ❤️');
    expect(sanitizeText('a\u200Db')).toBe('ab');
    expect(sanitizeText('lone \uD800 surrogate')).toBe('lone surrogate');
  });

  it('collapses whitespace, or keeps paragraphs when multiline', () => {
    expect(sanitizeText('  a \n\t b  ')).toBe('a b');
    expect(sanitizeText('a  \r\n\r\n\r\n\n b\tc', { multiline: true })).toBe('a\n\nb c');
  });

  it('caps length in code points, on a word boundary when close, with an ellipsis', () => {
    const text = 'Pães artesanais de fermentação natural todos os dias';
    const capped = sanitizeText(text, { maxLength: 20 });
    expect(Array.from(capped).length).toBeLessThanOrEqual(20);
    expect(capped).toBe('Pães artesanais de…');
    expect(sanitizeText('🍞'.repeat(10), { maxLength: 4, ellipsis: false })).toBe('🍞🍞🍞🍞');
    expect(sanitizeText('x'.repeat(5000))).toHaveLength(2000);
  });

  it('turns non-strings into text and null into empty', () => {
    expect(sanitizeText(null)).toBe('');
    expect(sanitizeText(42)).toBe('42');
  });
});

describe('sanitizeDeep', () => {
  it('sanitizes every string with per-key limits and keeps the shape', () => {
    const doc = {
      title: '<h1>Padaria Pão Quente da Esquina do Bairro</h1>',
      count: 3,
      isOpen: true,
      sections: [{ title: 'Sobre\u200B', body: 'Desde 1987.\n\nForno a lenha.' }],
    };
    const clean = sanitizeDeep(doc, { title: { maxLength: 14 }, body: { multiline: true } });
    expect(clean).toEqual({
      title: 'Padaria Pão…',
      count: 3,
      isOpen: true,
      sections: [{ title: 'Sobre', body: 'Desde 1987.\n\nForno a lenha.' }],
    });
    expect(doc.sections[0].title).toBe('Sobre\u200B');
  });
});
