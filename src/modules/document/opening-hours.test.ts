import { describe, expect, it } from 'vitest';
import { veganBakery } from './fixtures/vegan-bakery';
import { openingHoursFromSections, parseDays, parseHoursRow, parseTimes } from './opening-hours';
import type { SiteDocument } from './site-document-schema';
import { buildSite } from '@/modules/build/build-site';

describe('reading opening hours the way the page shows them', () => {
  it.each([
    ['Seg–Sex', 'Mo-Fr'],
    ['Mon–Fri', 'Mo-Fr'],
    ['Lun–Vie', 'Mo-Fr'],
    ['segunda-feira a sexta-feira', 'Mo-Fr'],
    ['Sáb', 'Sa'],
    ['Sáb, Dom', 'Sa,Su'],
    ['Tue & Thu', 'Tu,Th'],
    ['Todos os dias', 'Mo-Su'],
    ['Every day', 'Mo-Su'],
    ['Fines de semana', 'Sa-Su'],
  ])('days %j → %j', (text, code) => expect(parseDays(text)).toBe(code));

  it.each([
    ['8h–18h', ['08:00-18:00']],
    ['7h30 às 19h30', ['07:30-19:30']],
    ['9am–6pm', ['09:00-18:00']],
    ['9–5pm', ['09:00-17:00']],
    ['8:00–18:00', ['08:00-18:00']],
    ['8 a 13 y 16 a 20', ['08:00-13:00', '16:00-20:00']],
    ['8h às 12h e das 14h às 18h', ['08:00-12:00', '14:00-18:00']],
    ['18h–meia-noite', ['18:00-23:59']],
    ['24 horas', ['00:00-23:59']],
  ])('times %j → %j', (text, ranges) => expect(parseTimes(text)).toEqual(ranges));

  it('a closed day is no entry; anything it does not fully understand is nothing, never a guess', () => {
    expect(parseHoursRow('Dom', 'Fechado')).toEqual([]);
    expect(parseHoursRow('Seg–Sex', '8h–18h')).toEqual(['Mo-Fr 08:00-18:00']);
    expect(parseHoursRow('Opening days', 'Add your hours')).toBeNull();
    expect(parseHoursRow('Mon–Fri', 'by appointment')).toBeNull();
    expect(parseHoursRow('Holidays', '9am–1pm')).toBeNull();
    expect(parseTimes('2 a 3 vezes por semana')).toBeNull();
  });
});

function withHoursRows(rows: Array<{ days: string; times: string; isSample?: boolean }>): SiteDocument {
  const document = structuredClone(veganBakery);
  const strings = document.i18n.strings[document.i18n.defaultLocale]!;
  strings['hours.title'] = 'Hours';
  rows.forEach((row, index) => {
    strings[`hours.rows.${index}.days`] = row.days;
    strings[`hours.rows.${index}.times`] = row.times;
  });
  document.pages[0]!.sections.splice(1, 0, {
    id: 'hours',
    type: 'hours',
    variant: 'table',
    titleKey: 'hours.title',
    rows: rows.map((row, index) => ({
      daysKey: `hours.rows.${index}.days`,
      timesKey: `hours.rows.${index}.times`,
      ...(row.isSample ? { isSample: true } : {}),
    })),
  });
  return document;
}

function jsonLdHours(document: SiteDocument): unknown {
  const built = buildSite(document, { baseUrl: 'https://example.test' });
  const home = new TextDecoder().decode(built.files.find((file) => file.path === 'index.html')!.body);
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(home)![1]!;
  const graph = (JSON.parse(json) as { '@graph': Array<{ openingHours?: string[] }> })['@graph'];
  return graph[0]!.openingHours;
}

describe('the published structured data follows the hours section', () => {
  it('hours the person completed or edited on the page reach openingHours, not the generator’s old record', () => {
    const edited = withHoursRows([
      { days: 'Tue–Sat', times: '8am–6pm' },
      { days: 'Sun', times: 'Closed' },
    ]);
    expect(openingHoursFromSections(edited, 'en')).toEqual(['Tu-Sa 08:00-18:00']);
    expect(jsonLdHours(edited)).toEqual(['Tu-Sa 08:00-18:00']);
  });

  it('a sample row or a row it cannot read claims nothing from the section: the recorded hours stay', () => {
    const recorded = veganBakery.seo.business!.openingHours;
    expect(jsonLdHours(withHoursRows([{ days: 'Opening days', times: 'Add your hours', isSample: true }]))).toEqual(recorded);
    expect(jsonLdHours(withHoursRows([{ days: 'Mon–Fri', times: 'by appointment' }]))).toEqual(recorded);
    expect(jsonLdHours(veganBakery)).toEqual(recorded);
  });
});
