import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A LibreOffice (Hunspell) dictionary's suffix rules and flag format, read from its `index.aff`
 * — shared by the scripts that expand a dictionary's forms (build-accent-table.ts,
 * build-word-classes.ts). Only suffixes: the Portuguese and Spanish forms we need are made by them.
 */
export type SuffixRule = { strip: string; add: string; condition: RegExp };
export type Affixes = { suffixes: Map<string, SuffixRule[]>; flagsOf: (flags: string) => string[] };

export function readAffixes(dir: string): Affixes {
  let flagMode = 'char';
  const suffixes = new Map<string, SuffixRule[]>();
  for (const line of readFileSync(path.join(dir, 'index.aff'), 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === 'FLAG') flagMode = parts[1] ?? 'char';
    if (parts[0] === 'SFX' && parts.length >= 5) {
      const [, flag, stripped, added, condition] = parts as [string, string, string, string, string];
      const rules = suffixes.get(flag) ?? [];
      rules.push({
        strip: stripped === '0' ? '' : stripped,
        add: (added.split('/')[0] ?? '').replace(/^0$/, ''),
        condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
      });
      suffixes.set(flag, rules);
    }
  }
  const flagsOf = (flags: string) =>
    flagMode === 'long' ? (flags.match(/../gu) ?? []) : flagMode === 'num' ? flags.split(',') : [...flags];
  return { suffixes, flagsOf };
}
