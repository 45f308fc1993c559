import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleServiceWorker } from '../../scripts/build-sw.mjs';
import { GET } from '@/app/sw.js/route';

const root = path.resolve(import.meta.dirname, '../..');

describe('the service worker', () => {
  it('public/sw-core.js is the current build of its source (run `node scripts/build-sw.mjs`)', async () => {
    const fresh = await bundleServiceWorker();
    expect(readFileSync(path.join(root, 'public/sw-core.js'), 'utf8') === fresh).toBe(true);
  });

  it('/sw.js names the build, so every deploy is a new worker version, and is never cached stale', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const body = await response.text();
    expect(body).toMatch(/^self\.__PM_REVISION="[^"]+";\nimportScripts\("\/sw-core\.js\?v=[^"]+"\);\n$/);
  });
});
