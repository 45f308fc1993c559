import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStamp } from '../../scripts/lib.mjs';

// `npm start` skips `next build` when the build stamp matches the sources (issue 34 #9): a copied
// or renamed checkout must start warm, so the stamp may depend on what the files say and where
// they sit inside the checkout, never on where the checkout sits or when its files were written.

const scratch = mkdtempSync(path.join(tmpdir(), 'pm-build-stamp-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function makeCheckout(name: string): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries({
    'src/app/page.tsx': 'export default function Page() { return null; }\n',
    'src/modules/billing/plans.ts': 'export const PLANS = [];\n',
    'public/icons/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    'inngest/client.ts': 'export const client = {};\n',
    'next.config.ts': 'export default {};\n',
    'package-lock.json': '{"lockfileVersion":3}\n',
    'tsconfig.json': '{}\n',
  })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('buildStamp', () => {
  it('is the same for a copy of the checkout elsewhere, with new modification times', () => {
    const original = makeCheckout('page-magic');
    const copy = path.join(scratch, 'elsewhere', 'a-copy-of-page-magic');
    cpSync(original, copy, { recursive: true });
    // A copy (cp -r, a zip, a fresh clone) gives files new times; make sure they differ here.
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(path.join(copy, 'src/app/page.tsx'), later, later);
    expect(buildStamp(copy)).toBe(buildStamp(original));
  });

  it('is the same after the checkout folder is renamed', () => {
    const dir = makeCheckout('before-rename');
    const before = buildStamp(dir);
    const renamed = path.join(scratch, 'after-rename');
    renameSync(dir, renamed);
    expect(buildStamp(renamed)).toBe(before);
  });

  it('changes when a source file changes, is added or moves inside the checkout', () => {
    const dir = makeCheckout('changing');
    const first = buildStamp(dir);
    writeFileSync(path.join(dir, 'src/modules/billing/plans.ts'), 'export const PLANS = [1];\n');
    const edited = buildStamp(dir);
    expect(edited).not.toBe(first);
    writeFileSync(path.join(dir, 'public/robots.txt'), 'User-agent: *\n');
    const added = buildStamp(dir);
    expect(added).not.toBe(edited);
    renameSync(path.join(dir, 'public/robots.txt'), path.join(dir, 'public/robots2.txt'));
    expect(buildStamp(dir)).not.toBe(added);
    writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n');
    expect(buildStamp(dir)).not.toBe(added);
  });
});
