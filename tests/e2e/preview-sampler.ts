import { expect, type Frame, type Page } from '@playwright/test';

export type FrameSample = { at: number; sections: number; textLength: number };
type SamplerWindow = Window & { __previewSamples?: FrameSample[] };

/**
 * Records, inside the studio's preview frame itself, what it shows whenever that changes: how
 * many sections are in its <main> and how much text. The frame is loaded once and then patched in
 * place (generate/ui/preview-frame.tsx), so one sampler installed when the frame appears sees the
 * whole stream; were the frame ever reloaded, the sampler would be gone and `read` would fail.
 * Playwright reaches into the sandboxed frame through the browser's debugging protocol, which the
 * opaque origin does not stop (the app's own page cannot look inside it).
 */
export async function samplePreviewFrame(page: Page): Promise<{ frame: Frame; srcdoc: string; read: () => Promise<FrameSample[]> }> {
  const iframe = page.locator('iframe[title="Preview"]');
  await expect(iframe).toBeAttached({ timeout: 60_000 });
  const srcdoc = (await iframe.getAttribute('srcdoc')) ?? '';
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the preview frame has no document');
  await frame.evaluate(() => {
    const w = window as SamplerWindow;
    const samples: FrameSample[] = [];
    const startedAt = performance.now();
    w.__previewSamples = samples;
    window.setInterval(() => {
      const main = document.querySelector('main');
      const sample = {
        at: Math.round(performance.now() - startedAt),
        sections: main?.querySelectorAll(':scope > section').length ?? 0,
        textLength: (main?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
      };
      const last = samples.at(-1);
      if (!last || last.sections !== sample.sections || last.textLength !== sample.textLength) samples.push(sample);
    }, 4);
  });
  return { frame, srcdoc, read: () => frame.evaluate(() => (window as SamplerWindow).__previewSamples ?? []) };
}
