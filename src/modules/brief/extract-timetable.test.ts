import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { renderPage } from '@/modules/render/render-page';
import { extractBrief } from './extract-brief';
import { extractTimetable } from './extract-timetable';

const linesOf = (prompt: string) => extractTimetable(prompt).map((line) => line.text);

// A pilates studio's "seg/qua/sex 6h30, 7h30, 17h e 18h; ter/qui …; sáb 8h e 9h" was lost whole,
// and the page showed a sample of opening hours instead.
describe('a class timetable', () => {
  it('reads each day group with its start times, as typed, with what happens then', () => {
    expect(linesOf('Estúdio de yoga em Curitiba. Horários: seg/qua 7h, 12h e 19h; ter/qui 8h e 18h; sáb 9h.')).toEqual([
      'seg/qua 7h, 12h e 19h',
      'ter/qui 8h e 18h',
      'sáb 9h',
    ]);
    expect(linesOf('Igreja em Serra. Cultos domingo 10h e 19h, quarta 20h.')).toEqual(['Cultos domingo 10h e 19h', 'quarta 20h']);
    expect(linesOf('Spin classes Mon & Wed 6pm and 7:30pm, Sat 10am.')).toEqual(['Spin classes Mon & Wed 6pm and 7:30pm', 'Sat 10am']);
  });

  it('opening hours are ranges, never a timetable; one lone time is no timetable', () => {
    expect(linesOf('Aberto de seg a sex das 8h às 18h, sáb 8h às 12h')).toEqual([]);
    expect(linesOf('Funcionamos terça a domingo 11h-23h')).toEqual([]);
    expect(linesOf('Pilates em Santos, aula experimental sábado 9h.')).toEqual([]);
  });

  it('is on the page under "Horários", never a sample of opening hours', () => {
    const prompt =
      'Estúdio de yoga em Curitiba, hatha e vinyasa, mensal R$ 180. Horários: seg/qua 7h, 12h e 19h; sáb 9h. WhatsApp (41) 99888-7766';
    const brief = extractBrief({ prompt });
    expect(brief.features).not.toContain('hours');
    const html = renderPage(composeOfflineSite({ prompt, locales: brief.languages, brief }), {
      pageSlug: '',
      locale: 'pt-BR',
      mode: 'preview',
    });
    expect(html).toMatch(/>Horários</);
    expect(html).toMatch(/Seg\/qua 7h, 12h e 19h/);
    expect(html).not.toMatch(/Informe seu horário/);
  });
});
