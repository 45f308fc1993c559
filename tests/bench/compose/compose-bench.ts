/**
 * Benchmark: the embedded composer (brief reading + offline site) on a long prompt against a
 * typical one, in this process. A new user's first draft comes from here when no model is set,
 * and a 5,000-character prompt (the studio's limit) must not cost more than its length: the ratio
 * of the medians says whether reading grows with the prompt or faster. Warm-up runs first keep
 * module loading and JIT out of the numbers. Nothing here asserts a time; it prints what it measured.
 *
 *   npm run bench -- --only compose
 */
import { extractBrief } from '../../../src/modules/brief/extract-brief';
import { composeOfflineSite } from '../../../src/modules/composer/compose-offline-site';
import { median, ms } from '../host/stats';

const TYPICAL =
  'Restaurante familiar em Salvador chamado Sabor da Bahia: moqueca, acarajé e bobó de camarão. Aberto de terça a domingo, 11h às 22h. WhatsApp (71) 98877-6655.';
// The studio's longest prompt, as a person might paste a long description: the same few sentences again and again.
const LONG = `Restaurante familiar em Salvador chamado Sabor da Bahia. ${'Servimos moqueca, acarajé e muito carinho. '.repeat(120)}`.slice(
  0,
  5000,
);

export type ComposeBenchResult = { typicalMs: number; longMs: number; lengthRatio: number; timeRatio: number; runs: number };

function timeCompose(prompt: string, runs: number): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const startedAt = performance.now();
    const brief = extractBrief({ prompt });
    composeOfflineSite({ prompt, locales: brief.languages, brief });
    samples.push(performance.now() - startedAt);
  }
  return median(samples);
}

export async function runComposeBench(runs = 9): Promise<ComposeBenchResult> {
  timeCompose(TYPICAL, 3);
  timeCompose(LONG, 2);
  const typicalMs = timeCompose(TYPICAL, runs);
  const longMs = timeCompose(LONG, runs);
  const result = { typicalMs, longMs, lengthRatio: LONG.length / TYPICAL.length, timeRatio: longMs / typicalMs, runs };
  console.log(
    `compose: typical prompt (${TYPICAL.length} chars) median ${ms(typicalMs)}; 5,000 chars median ${ms(longMs)} ` +
      `(${result.timeRatio.toFixed(1)}× the time for ${result.lengthRatio.toFixed(1)}× the length, ${runs} runs each)`,
  );
  return result;
}

export function composeSummary(result: ComposeBenchResult): string[] {
  return [
    `compose    embedded composer: typical prompt median ${ms(result.typicalMs)}, 5,000-character prompt ${ms(result.longMs)} ` +
      `(${result.timeRatio.toFixed(1)}× the time for ${result.lengthRatio.toFixed(1)}× the length; goal: no more than the length ratio)`,
  ];
}
