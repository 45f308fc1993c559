import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, cp, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrationsDir } from '@/lib/db/migrate';
import { pgliteCacheKey } from '@tests/helpers/test-db';

/**
 * createTestDb loads a cached, already-migrated PGlite dump named by
 * pgliteCacheKey. A key that missed a migration change would hand every
 * test file a stale schema, so the key's inputs are pinned here.
 */
let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'pm-migrations-'));
  await cp(migrationsDir(), copy, { recursive: true });
});
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe('PGlite cache key', () => {
  it('depends on the migrations’ names and contents, not on where the checkout lives', async () => {
    expect(await pgliteCacheKey('', copy)).toBe(await pgliteCacheKey('', migrationsDir()));
  });

  it('changes when a migration’s content changes, a migration is added or renamed, or the prelude differs', async () => {
    const original = await pgliteCacheKey('', copy);
    expect(await pgliteCacheKey('select 1;', copy)).not.toBe(original);

    const files = (await readdir(copy)).filter((f) => f.endsWith('.sql')).sort();
    const newest = path.join(copy, files.at(-1)!);

    await appendFile(newest, '\n-- a comment is a change too\n');
    const edited = await pgliteCacheKey('', copy);
    expect(edited).not.toBe(original);

    await writeFile(path.join(copy, '29991231000000_later.sql'), 'select 1;\n');
    const added = await pgliteCacheKey('', copy);
    expect(added).not.toBe(edited);

    await rename(path.join(copy, '29991231000000_later.sql'), path.join(copy, '29991231000001_later.sql'));
    expect(await pgliteCacheKey('', copy)).not.toBe(added);
  });
});
