import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_SCRIPT } from './frame-script.generated';

// The canvas script is inlined from a generated file (its CSP hash is computed from it); this
// fails when the frame's source or the protocol changed and the bundle was not rebuilt.

describe('the canvas script bundle', () => {
  it('is up to date with frame/frame-main.ts (run node scripts/build-frame-script.mjs)', async () => {
    const { bundleFrameScript } = await import('../../../scripts/frame-script-bundle.mjs');
    const { readFile } = await import('node:fs/promises');
    const root = path.resolve(__dirname, '../../..');
    const fresh = await bundleFrameScript(root);
    expect(await readFile(path.join(root, 'src/modules/render/frame-script.generated.ts'), 'utf8')).toBe(fresh);
  });

  it('holds no closing script tag and talks only through postMessage', () => {
    expect(FRAME_SCRIPT).not.toMatch(/<\/script/i);
    expect(FRAME_SCRIPT).toContain('postMessage');
    expect(FRAME_SCRIPT).not.toMatch(/\b(fetch|XMLHttpRequest|localStorage|document\.cookie|eval)\b/);
  });
});
