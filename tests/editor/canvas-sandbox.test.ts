import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameToApp } from '@/modules/render/frame-protocol';
import { openBrowserHarness } from '@tests/helpers/browser-harness';

// The editing canvas is isolated from the app (issue 12): the real EditorCanvas, mounted in
// Debian's Chromium, makes an iframe sandboxed with `allow-scripts` and never `allow-same-origin`
// (so the site's markup runs with an opaque origin), and hands the editor only the messages its
// own frame sent, of the protocol's shape. A message from another frame, from the app's own
// window, with another origin, or malformed never reaches the editor. (The frame's side —
// messages only from the embedding app's origin — is frame-protocol.test.ts's.)

let close: () => Promise<void>;
let page: Page;
let canvas: Frame;

type Received = { received: FrameToApp[] };
const received = () => page.evaluate(() => (window as unknown as Received).received);

/**
 * Posts a history message to the app from the real canvas frame (the one sender that counts), then waits
 * until the editor got it: what was sent before it has had its chance to arrive too.
 */
async function markerFromCanvas(action: 'undo' | 'redo') {
  const before = (await received()).length;
  await canvas.evaluate((value) => window.parent.postMessage({ type: 'history', action: value }, '*'), action);
  await page.waitForFunction((count) => (window as unknown as Received).received.length > count, before);
}

beforeAll(async () => {
  ({ page, close } = await openBrowserHarness(path.join(import.meta.dirname, 'canvas-harness.tsx')));
  const element = await page.waitForSelector('iframe[data-testid="editor-canvas"]');
  canvas = (await element.contentFrame())!;
}, 60_000);

afterAll(async () => {
  await close?.();
});

describe('the editing canvas is sandboxed', () => {
  it('is an iframe with the sandbox token allow-scripts only — never allow-same-origin', async () => {
    const tokens = await page.$eval('iframe[data-testid="editor-canvas"]', (frame) => [...(frame as HTMLIFrameElement).sandbox]);
    expect(tokens).toContain('allow-scripts');
    expect(tokens).not.toContain('allow-same-origin');
    expect(tokens).toEqual(['allow-scripts']);
  });

  it("runs with an opaque origin: its script cannot reach the app's document or storage", async () => {
    const inside = await canvas.evaluate(() => {
      const attempt = (read: () => unknown) => {
        try {
          read();
          return 'reached';
        } catch {
          return 'blocked';
        }
      };
      return {
        origin: self.origin,
        parentDocument: attempt(() => window.parent.document.body),
        cookie: attempt(() => document.cookie),
        localStorage: attempt(() => window.localStorage),
      };
    });
    expect(inside).toEqual({ origin: 'null', parentDocument: 'blocked', cookie: 'blocked', localStorage: 'blocked' });
  });
});

describe('the editor takes messages from its own canvas frame only', () => {
  beforeAll(async () => {
    // The frame script says it is ready once it runs: the canvas is live and heard. (Its budget is
    // the hook's, less a margin: on two busy cores with the other test files running, the bundled
    // frame took longer than 10 s to start once, in the quick-start proof of stop 61.)
    await page.waitForFunction(() => (window as unknown as Received).received.some((message) => message.type === 'ready'), null, {
      timeout: 45_000,
    });
  });

  it('hands on what the canvas frame sends: a click on the headline selects it', async () => {
    await canvas.locator('main h1 [data-pm-key]').first().click();
    await page.waitForFunction(() => (window as unknown as Received).received.some((message) => message.type === 'select'));
    const select = (await received()).find((message) => message.type === 'select');
    expect(select).toMatchObject({ type: 'select', key: expect.any(String), sectionId: expect.any(String) });
  });

  it('ignores another frame, the app window itself, and a message claiming another origin', async () => {
    const forged = { type: 'text', key: 'hero.title', text: 'Forged headline' };
    const before = (await received()).length;
    // Another sandboxed frame on the same page (same opaque "null" origin, different window).
    await page.evaluate((data) => {
      const other = document.createElement('iframe');
      other.setAttribute('sandbox', 'allow-scripts');
      other.srcdoc = `<script>parent.postMessage(${JSON.stringify(data)}, '*')</script>`;
      document.body.append(other);
    }, forged);
    // The app's own window (the app's origin, not the frame's).
    await page.evaluate((data) => window.postMessage(data, '*'), forged);
    // The canvas frame's window as source, but an origin it cannot have: a real site's, or the app's.
    await page.evaluate((data) => {
      const source = document.querySelector<HTMLIFrameElement>('iframe[data-testid="editor-canvas"]')!.contentWindow!;
      for (const origin of ['https://evil.example', window.location.origin])
        window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    }, forged);
    await page.waitForTimeout(300);
    await markerFromCanvas('undo');
    const after = (await received()).slice(before);
    expect(after).toEqual([{ type: 'history', action: 'undo' }]);
  });

  it("ignores a malformed message even from the canvas frame's own window", async () => {
    const before = (await received()).length;
    await canvas.evaluate(() => {
      for (const data of [
        { type: 'eval', code: 'alert(1)' },
        { type: 'text', key: 'hero.title' },
        { type: 'text', key: 'hero.title', text: 'x'.repeat(5001) },
        { type: 'history', action: 'wipe' },
        'ready',
      ])
        window.parent.postMessage(data, '*');
    });
    await markerFromCanvas('redo');
    expect((await received()).slice(before)).toEqual([{ type: 'history', action: 'redo' }]);
  });
});
