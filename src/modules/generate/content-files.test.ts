import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The content files of generation (the brief reader's and the offline composer's) and the modules
// that load them: every JSON file is loaded and validated by exactly the module that names it in
// its errors (the names are typed by hand).
const roots = ['../brief', '../composer', '.'].map((dir) => path.resolve(__dirname, dir));
const repo = path.resolve(__dirname, '../../..');
const files = roots.flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => path.join(root, file)));
const loaders = files
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/^import \w+ from '(\.{1,2}\/[^']+\.json)';$/gm)].map((match) =>
      path.resolve(path.dirname(file), match[1]),
    );
    const named = [...source.matchAll(/parseContent\(\s*'([^']+)'/g)].map((match) => path.resolve(repo, match[1]));
    return { file: path.relative(repo, file), imports, named };
  })
  .filter((loader) => loader.imports.length > 0 || loader.named.length > 0);

describe('content files', () => {
  it('each loader names, in its errors, the file it imports', () => {
    expect(loaders.length).toBeGreaterThan(20);
    for (const loader of loaders) {
      expect({ file: loader.file, named: loader.named.map((named) => path.relative(repo, named)) }).toEqual({
        file: loader.file,
        named: loader.imports.map((imported) => path.relative(repo, imported)),
      });
      for (const named of loader.named) expect(existsSync(named), named).toBe(true);
    }
  });

  it('every content file is loaded by a module', () => {
    const loaded = new Set(loaders.flatMap((loader) => loader.imports));
    const orphans = files.filter((file) => file.endsWith('.json') && !loaded.has(file)).map((file) => path.relative(repo, file));
    expect(orphans).toEqual([]);
  });
});
