import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The architecture check (scripts/check-architecture.mjs, part of `npm test`) against a small
// fixture tree that breaks each rule once, and against a tree that breaks none: the rules must
// catch what they are for, not only pass on our own code.

const repo = path.resolve(import.meta.dirname, '..', '..');

function check(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-arch-'));
  try {
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'check-architecture.mjs'), 'src'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const clean = {
  'src/modules/alpha/schema.ts': 'export const alphaTable = 1;\n',
  'src/modules/alpha/get-alpha.ts': "import { alphaTable } from './schema';\nexport const getAlpha = () => alphaTable;\n",
  'src/modules/beta/use-alpha.ts': "import { getAlpha } from '@/modules/alpha/get-alpha';\nexport const useAlpha = () => getAlpha();\n",
  'src/lib/port/port.ts': 'export const port = 1;\n',
};

describe('architecture check', () => {
  it('passes a tree that keeps to the rules', () => {
    const result = check(clean);
    expect(result.output).toContain('Architecture check passed');
    expect(result.status).toBe(0);
  });

  it("fails when a module imports another module's schema.ts", () => {
    const result = check({
      ...clean,
      'src/modules/beta/peek.ts': "import { alphaTable } from '../alpha/schema';\nexport const peek = alphaTable;\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('no-other-modules-tables: src/modules/beta/peek.ts → src/modules/alpha/schema.ts');
  });

  it("fails on another module's internals, a port that knows a module, and cycles", () => {
    const result = check({
      ...clean,
      'src/modules/alpha/engine/secret.ts': 'export const secret = 1;\n',
      'src/modules/beta/reach.ts': "import { secret } from '@/modules/alpha/engine/secret';\nexport const reach = secret;\n",
      'src/lib/port/knows.ts': "import { getAlpha } from '@/modules/alpha/get-alpha';\nexport const knows = getAlpha;\n",
      'src/modules/alpha/back.ts': "import { useAlpha } from '@/modules/beta/use-alpha';\nexport const back = useAlpha;\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('no-other-modules-internals: src/modules/beta/reach.ts → src/modules/alpha/engine/secret.ts');
    expect(result.output).toContain('lib-knows-no-modules: src/lib/port/knows.ts → src/modules/alpha/get-alpha.ts');
    expect(result.output).toContain('module cycle: src/modules/alpha ⇄ src/modules/beta');
  });

  it('fails on two folders that import each other, with no file cycle between them', () => {
    const result = check({
      ...clean,
      // alpha/parts → alpha and alpha → alpha/parts, through different files.
      'src/modules/alpha/parts/part-a.ts': "import { getAlpha } from '../get-alpha';\nexport const partA = () => getAlpha();\n",
      'src/modules/alpha/parts/part-b.ts': 'export const partB = 2;\n',
      'src/modules/alpha/use-part.ts': "import { partB } from './parts/part-b';\nexport const usePart = () => partB;\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).not.toContain('no-circular');
    expect(result.output).toContain('folder cycle: src/modules/alpha ⇄ src/modules/alpha/parts');
  });
});
