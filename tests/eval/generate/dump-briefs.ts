/**
 * Every eval prompt's brief items and unused words, one line each, for diffing two checkouts
 * (`npx tsx tests/eval/generate/dump-briefs.ts > a.txt` in each, then `diff`): what a reader
 * change moved, case by case, before the aggregate figures hide it.
 */
import { extractBrief } from '../../../src/modules/brief/extract-brief';
import { evalCases } from './cases';
import { heldOutCases } from './cases-held-out';
import { heldOutCases2 } from './cases-held-out-2';
import { heldOutCases3 } from './cases-held-out-3';
import { heldOutCases4 } from './cases-held-out-4';
import { heldOutCases5 } from './cases-held-out-5';

const all = [...evalCases, ...heldOutCases, ...heldOutCases2, ...heldOutCases3, ...heldOutCases4, ...heldOutCases5];
for (const one of all) {
  const brief = extractBrief({ prompt: one.prompt });
  for (const item of brief.items ?? []) console.log(`${one.id}\titem\t${item.role}: ${item.text}`);
  for (const unused of brief.unused ?? []) console.log(`${one.id}\tunused\t${unused.why}: ${unused.words}`);
}
