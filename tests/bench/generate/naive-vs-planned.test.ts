import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runGenerateBench } from './naive-vs-planned';

// Smoke test only: the real numbers come from running the script (see its header).
describe('runGenerateBench (smoke, heavily time-scaled)', () => {
  it('runs both arms and reports medians and ratios', async () => {
    const lines: string[] = [];
    const result = await runGenerateBench({ repetitions: 1, naiveTimeScale: 200, plannedTimeScale: 50, log: (l) => lines.push(l) });
    expect(result.naive).toHaveLength(1);
    expect(result.medians.naive.outputTokens).toBe(3500);
    expect(result.medians.planned.outputTokens).toBeGreaterThan(8 * 150);
    expect(result.ratios.complete).toBeGreaterThan(1);
    expect(lines.join('\n')).toContain('ratio naive/planned');
  });

  it('accepts another section schema and produces valid instances for it', async () => {
    const Section = z.object({
      type: z.literal('faq'),
      heading: z.string().max(60),
      questions: z.array(z.object({ q: z.string(), a: z.string() })).min(2),
    });
    const result = await runGenerateBench({
      repetitions: 1,
      naiveTimeScale: 200,
      plannedTimeScale: 50,
      sectionSchema: Section,
      log: () => {},
    });
    // Strings were padded towards ~180 tokens per section while staying valid (heading is capped at 60).
    expect(result.medians.planned.outputTokens).toBeGreaterThan(8 * 60);
  });
});
