import { describe, expect, it } from 'vitest';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

const prompt = 'Conserto selas em Corumbá. Sela R$ 900. Cabeçada R$ 120. Atendo de segunda a sexta.';

function withSchedule(lines: string[]): SiteBrief {
  const brief = extractBrief({ prompt });
  return { ...brief, items: [...(brief.items ?? []), ...lines.map((text) => ({ text, role: 'schedule' as const }))] };
}

describe('things said about when', () => {
  it('one alone is told with what a visitor should know, never a section of its own', () => {
    const document = composeOfflineSite({ prompt, locales: ['pt-BR'], brief: withSchedule(['Domingo só para comitiva']) });
    const sections = document.pages[0]!.sections.map((section) => section.id);
    expect(sections).not.toContain('schedule');
    expect(JSON.stringify(document.i18n.strings)).toContain('Domingo só para comitiva');
  });

  it('two or more make the programme', () => {
    const document = composeOfflineSite({
      prompt,
      locales: ['pt-BR'],
      brief: withSchedule(['Feira de Corumbá aos sábados', 'Festa do Peão em agosto']),
    });
    expect(document.pages[0]!.sections.map((section) => section.id)).toContain('schedule');
  });
});
