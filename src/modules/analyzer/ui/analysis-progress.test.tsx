import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import { AnalysisProgress } from './analysis-progress';

// The progress card of a visitor's analysis as the result page renders it, in both languages.

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the analysis progress', () => {
  it('says how many analyses are ahead while others wait before it', () => {
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={2} />))).toBe('In line: 2 analyses ahead of yours.');
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={1} />))).toBe('In line: 1 analysis ahead of yours.');
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={2} />, 'pt-BR'))).toBe('Na fila: 2 análises antes da sua.');
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={1} />, 'pt-BR'))).toBe('Na fila: 1 análise antes da sua.');
    // Next in line: nobody ahead to count.
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={0} />))).toBe('In line, starting soon…');
    expect(text(renderIntl(<AnalysisProgress status="queued" queuePosition={0} />, 'pt-BR'))).toBe('Na fila, começando em breve…');
  });

  it('names each stage the analysis reaches, with the bar further along at each', () => {
    const stages = [
      ['queued', 'In line, starting soon…', 'Na fila, começando em breve…'],
      ['loading', 'Loading your page in a phone browser…', 'Abrindo sua página num navegador de celular…'],
      ['measuring', 'Measuring speed, accessibility and SEO…', 'Medindo velocidade, acessibilidade e SEO…'],
      ['scoring', 'Adding up the scores…', 'Somando as notas…'],
    ] as const;
    const bars: number[] = [];
    for (const [status, en, ptBR] of stages) {
      const markup = renderIntl(<AnalysisProgress status={status} queuePosition={0} />);
      expect(text(markup)).toBe(en);
      expect(text(renderIntl(<AnalysisProgress status={status} queuePosition={0} />, 'pt-BR'))).toBe(ptBR);
      bars.push(Number(/aria-valuenow="([\d.]+)"/.exec(markup)?.[1]));
    }
    expect(bars).toEqual([20, 40, 60, 80]);
  });
});
