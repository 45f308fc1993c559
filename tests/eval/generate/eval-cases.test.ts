import { describe, expect, it } from 'vitest';
import { evalCases } from './cases';
import { heldOutCases } from './cases-held-out';
import { heldOutCases2 } from './cases-held-out-2';
import { heldOutCases3 } from './cases-held-out-3';
import { heldOutCases4 } from './cases-held-out-4';

// The set is the yardstick: these checks keep it as large and varied as the issue asks.
describe('the generation eval set', () => {
  it('has at least 100 prompts in pt-BR, pt-PT, en and es, about at least 50 kinds of business', () => {
    expect(evalCases.length).toBeGreaterThanOrEqual(100);
    const langs = new Set(evalCases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['en', 'es', 'pt-BR', 'pt-PT']);
    expect(new Set(evalCases.map((c) => c.kind[0])).size).toBeGreaterThanOrEqual(50);
  });

  it('mixes short and long prompts, with and without a name', () => {
    const words = evalCases.map((c) => c.prompt.split(/\s+/).length);
    expect(words.filter((n) => n <= 8).length).toBeGreaterThanOrEqual(10);
    expect(words.filter((n) => n >= 25).length).toBeGreaterThanOrEqual(10);
    expect(evalCases.filter((c) => c.name === null).length).toBeGreaterThanOrEqual(30);
    expect(evalCases.filter((c) => c.name !== null).length).toBeGreaterThanOrEqual(30);
  });

  it('has a held-out batch of at least 30 prompts in all four languages, none repeating a tuned prompt', () => {
    expect(heldOutCases.length).toBeGreaterThanOrEqual(30);
    expect([...new Set(heldOutCases.map((c) => c.lang))].sort()).toEqual(['en', 'es', 'pt-BR', 'pt-PT']);
    const tuned = new Set(evalCases.map((c) => c.prompt.toLowerCase()));
    for (const c of heldOutCases) expect(tuned.has(c.prompt.toLowerCase()), c.id).toBe(false);
  });

  it('has a second held-out batch in all four languages, repeating no earlier prompt', () => {
    expect(heldOutCases2.length).toBeGreaterThanOrEqual(20);
    expect([...new Set(heldOutCases2.map((c) => c.lang))].sort()).toEqual(['en', 'es', 'pt-BR', 'pt-PT']);
    const earlier = new Set([...evalCases, ...heldOutCases].map((c) => c.prompt.toLowerCase()));
    for (const c of heldOutCases2) expect(earlier.has(c.prompt.toLowerCase()), c.id).toBe(false);
  });

  it('has a third held-out batch of at least 30 prompts in all four languages, repeating no earlier prompt', () => {
    expect(heldOutCases3.length).toBeGreaterThanOrEqual(30);
    expect([...new Set(heldOutCases3.map((c) => c.lang))].sort()).toEqual(['en', 'es', 'pt-BR', 'pt-PT']);
    const earlier = new Set([...evalCases, ...heldOutCases, ...heldOutCases2].map((c) => c.prompt.toLowerCase()));
    for (const c of heldOutCases3) expect(earlier.has(c.prompt.toLowerCase()), c.id).toBe(false);
  });

  it('has a fourth held-out batch of at least 20 prompts in all four languages, repeating no earlier prompt', () => {
    expect(heldOutCases4.length).toBeGreaterThanOrEqual(20);
    expect([...new Set(heldOutCases4.map((c) => c.lang))].sort()).toEqual(['en', 'es', 'pt-BR', 'pt-PT']);
    const earlier = new Set([...evalCases, ...heldOutCases, ...heldOutCases2, ...heldOutCases3].map((c) => c.prompt.toLowerCase()));
    for (const c of heldOutCases4) expect(earlier.has(c.prompt.toLowerCase()), c.id).toBe(false);
  });

  it('has unique ids, and every stated name and fact really is in its prompt', () => {
    const all = [...evalCases, ...heldOutCases, ...heldOutCases2, ...heldOutCases3, ...heldOutCases4];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      if (c.name) expect(c.prompt.toLowerCase(), c.id).toContain(c.name.toLowerCase());
      for (const fact of [c.facts?.phone, c.facts?.email, c.facts?.pix, ...(c.facts?.prices ?? [])]) {
        if (fact) expect(c.prompt, c.id).toContain(fact);
      }
    }
  });
});
