import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLE_NAMES } from '@/lib/env';
import { TEST_ONLY_VARIABLES } from '@/modules/ops/check-test-only-settings';

// docs/deploy.md is the path an operator follows: it must explain every variable src/lib/env.ts
// reads (the one list of them), name only npm scripts and files that exist, and say which
// variables are for tests only (the doctor's list).

const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/deploy.md'), 'utf8');

describe('docs/deploy.md', () => {
  it('explains every variable of src/lib/env.ts', () => {
    const missing = ENV_VARIABLE_NAMES.filter((name) => !doc.includes(`\`${name}\``));
    expect(missing, `add these to docs/deploy.md's "All variables"`).toEqual([]);
  });

  it('marks every test-only variable as such', () => {
    const rows = doc.split('\n').filter((line) => line.includes('tests only'));
    for (const name of TEST_ONLY_VARIABLES)
      expect(
        rows.some((row) => row.includes(`\`${name}\``)),
        name,
      ).toBe(true);
  });

  it('names only npm scripts and repository files that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts);
    const named = [...doc.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
    const files = [...doc.matchAll(/`((?:src|scripts|tests|docs|supabase)\/[\w./-]+\.(?:ts|mjs|md|json))`/g)].map((m) => m[1]!);
    const links = [...doc.matchAll(/\]\(([\w.-]+\.md)(?:#[\w-]+)?\)/g)].map((m) => `docs/${m[1]}`);
    for (const file of [...files, ...links]) expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});
