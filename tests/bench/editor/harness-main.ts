// The editor bench's page (bundled for the browser by editor-bench.ts): the app side of the
// canvas exactly as EditorCanvas and SiteEditor run it — the real frame script in a sandboxed
// srcdoc frame, keystrokes arriving as `text` messages, applied as operations through the
// schema — then either the editor's way (re-render, diff, patch the touched sections) or the
// baseline (render the whole page and reload a frame with it).
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { editSession, startSession } from '@/modules/editor/editor-session';
import { diffCanvasSections, renderCanvasHtml } from '@/modules/editor/render-canvas-html';

type BenchInput = { document: SiteDocument; mode: 'patch' | 'reload' };
type BenchState = { ready: boolean; reloaded: number[]; documentBytes: number[]; operationBytes: number[] };

declare global {
  interface Window {
    bench: BenchState;
  }
}

const input = JSON.parse(document.getElementById('bench-input')!.textContent!) as BenchInput;
const view = { pageSlug: input.document.pages[0]!.slug, locale: input.document.i18n.defaultLocale };
const bytes = (value: unknown) => new Blob([JSON.stringify(value)]).size;
const now = () => performance.timeOrigin + performance.now();
window.bench = { ready: false, reloaded: [], documentBytes: [], operationBytes: [] };

function makeFrame(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.cssText = 'width:1024px;height:700px;border:0';
  frame.srcdoc = html;
  document.body.append(frame);
  return frame;
}

let session = startSession(input.document, 1);
let shown = input.document;
const canvas = makeFrame(renderCanvasHtml({ ...view, document: input.document }, location.origin)!);
const baseline = input.mode === 'reload' ? makeFrame('<!doctype html><title>baseline</title>') : null;

window.addEventListener('message', (event) => {
  if (event.source !== canvas.contentWindow) return;
  const message = event.data as { type: string; key?: string; text?: string };
  if (message.type === 'ready') window.bench.ready = true;
  if (message.type !== 'text') return;
  const step = editSession(
    session,
    { op: 'set-text', locale: view.locale, key: message.key!, value: message.text! },
    `text:${message.key}`,
  );
  if (!step.ok) return;
  session = step.session;
  // What autosave sends today (the whole draft and its base version) next to the operation alone.
  window.bench.documentBytes.push(
    bytes({ projectId: '00000000-0000-4000-8000-000000000000', baseVersion: 1, document: session.history.document }),
  );
  window.bench.operationBytes.push(bytes(step.op));
  if (baseline) {
    baseline.onload = () => requestAnimationFrame(() => setTimeout(() => window.bench.reloaded.push(now()), 0));
    baseline.srcdoc = renderCanvasHtml({ ...view, document: session.history.document }, location.origin)!;
    return;
  }
  const change = diffCanvasSections({ ...view, document: shown }, { ...view, document: session.history.document });
  shown = session.history.document;
  if (change?.type === 'patch') canvas.contentWindow!.postMessage({ type: 'patch', sections: change.sections, force: false }, '*');
});
