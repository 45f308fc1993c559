import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANVAS_SCRIPT } from './canvas-script.generated';

// The canvas script is inlined from a generated file (its CSP hash is computed from it); this
// fails when the frame's source or the protocol changed and the bundle was not rebuilt.

describe('the canvas script bundle', () => {
  it('is up to date with canvas/frame-main.ts (run node scripts/build-editor-frame.mjs)', async () => {
    const { bundleEditorFrame } = await import('../../../scripts/editor-frame-bundle.mjs');
    const { readFile } = await import('node:fs/promises');
    const root = path.resolve(__dirname, '../../..');
    const fresh = await bundleEditorFrame(root);
    expect(await readFile(path.join(root, 'src/modules/editor/canvas-script.generated.ts'), 'utf8')).toBe(fresh);
  });

  it('holds no closing script tag and talks only through postMessage', () => {
    expect(CANVAS_SCRIPT).not.toMatch(/<\/script/i);
    expect(CANVAS_SCRIPT).toContain('postMessage');
    expect(CANVAS_SCRIPT).not.toMatch(/\b(fetch|XMLHttpRequest|localStorage|document\.cookie|eval)\b/);
  });
});
