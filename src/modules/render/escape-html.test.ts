import { describe, expect, it } from 'vitest';
import { escapeHtml, textToParagraphs, textWithBreaks } from './escape-html';

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('Pão de queijo — R$ 5,00 ✓')).toBe('Pão de queijo — R$ 5,00 ✓');
  });
});

describe('textToParagraphs', () => {
  it('splits on blank lines, keeps single line breaks, escapes everything', () => {
    expect(textToParagraphs('One\nline two\n\n<b>Two</b>\n\n\n')).toBe('<p>One<br>line two</p><p>&lt;b&gt;Two&lt;/b&gt;</p>');
    expect(textToParagraphs('   ')).toBe('');
  });

  it('keeps breaks inside one block', () => {
    expect(textWithBreaks(' Rua A, 1\nSão Paulo ')).toBe('Rua A, 1<br>São Paulo');
  });
});
