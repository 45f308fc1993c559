import { describe, expect, it } from 'vitest';
import { extractSiteBrief } from '../extract-site-brief';
import { mergeBrief, tidyBrief } from './merge-brief';

describe('mergeBrief', () => {
  const first = extractSiteBrief({ prompt: 'Padaria Pão Quente em Belo Horizonte, com horário e WhatsApp' });
  const again = extractSiteBrief({ prompt: 'Padaria Pão Quente em Belo Horizonte, com horário, WhatsApp e cardápio, para famílias' });

  it('follows a new reading of the prompt where the person corrected nothing', () => {
    expect(mergeBrief(again, first, [])).toEqual(again);
    expect(mergeBrief(again, null, ['name'])).toEqual(again);
  });

  it('keeps what the person corrected, and only that', () => {
    const corrected = { ...first, name: 'Pão Quente da Vó', features: ['hours' as const], tone: 'formal' as const };
    const merged = mergeBrief(again, corrected, ['name', 'features', 'tone']);
    expect(merged).toMatchObject({ name: 'Pão Quente da Vó', features: ['hours'], tone: 'formal' });
    // Untouched fields follow the new prompt.
    expect(merged.audience).toBe(again.audience);
    expect(merged.facts).toEqual(again.facts);
  });

  it('takes the kind from the new reading, which already holds the corrected words', () => {
    const hinted = extractSiteBrief({ prompt: 'Pão Quente em Belo Horizonte', businessKind: 'confeitaria' });
    expect(mergeBrief(hinted, { ...first, kind: { ...first.kind, id: 'stale-kind' } }, ['kind']).kind).toEqual(hinted.kind);
  });
});

describe('tidyBrief', () => {
  it('trims texts and turns emptied ones into "none"', () => {
    const brief = extractSiteBrief({ prompt: 'Padaria Pão Quente em Belo Horizonte' });
    expect(tidyBrief({ ...brief, name: '  ', location: { text: ' ' }, audience: ' kids ' })).toMatchObject({
      name: null,
      location: null,
      audience: 'kids',
    });
    expect(tidyBrief({ ...brief, name: ' Pão Quente ' }).name).toBe('Pão Quente');
  });
});
