/**
 * How much of what the reader cuts out of a prompt a visitor should read: every review prompt seen so
 * far (data/prompts.json, sets 1–41) and each item the reader cut from it on 2026-12-01, labelled
 * "keep" (fit for the business's page) or "drop" (talk to us, a private aside, a taken-back price, a
 * word explained, a heading, a fragment) by seven helpers who read the prompt and none of the reader's
 * rules (data/items.jsonl). Run on today's reader, it prints the share of "drop" texts that are still
 * items (published: lower is better) and of "keep" texts that still are (higher is better). Items are
 * matched by their text, so a rule that changes an item's words makes it neither — counted apart.
 * These prompts are the ones the rules were written against, and the item screen was fitted on their
 * labels (train-item-screen.ts): this measures, it does not hold out — the screen's held-out figures
 * are the trainer's (its folds, and sets 42–44).
 *
 *   npm run -s eval:items
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractBrief } from '@/modules/brief/extract-brief';

type Labelled = { id: string; n: number; text: string; role: string; label: 'keep' | 'drop' };
const data = path.join(__dirname, 'data');
const prompts = JSON.parse(readFileSync(path.join(data, 'prompts.json'), 'utf8')) as Record<string, string>;
const labelled = readFileSync(path.join(data, 'items.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Labelled);

const tally = { keep: { still: 0, all: 0 }, drop: { still: 0, all: 0 } };
const leaks: string[] = [];
for (const [id, prompt] of Object.entries(prompts)) {
  const now = new Set((extractBrief({ prompt }).items ?? []).map((item) => item.text));
  for (const item of labelled.filter((row) => row.id === id)) {
    tally[item.label].all += 1;
    if (now.has(item.text)) {
      tally[item.label].still += 1;
      if (item.label === 'drop') leaks.push(`${id}  [${item.role}] ${item.text}`);
    }
  }
}
const share = (part: number, all: number) => `${((100 * part) / Math.max(1, all)).toFixed(1)} %`;
if (process.argv.includes('--leaks')) console.log(leaks.join('\n'));
console.log(
  `${Object.keys(prompts).length} prompts, ${labelled.length} labelled items\n` +
    `drop-labelled still published: ${tally.drop.still} of ${tally.drop.all} (${share(tally.drop.still, tally.drop.all)})\n` +
    `keep-labelled still items:     ${tally.keep.still} of ${tally.keep.all} (${share(tally.keep.still, tally.keep.all)})`,
);
