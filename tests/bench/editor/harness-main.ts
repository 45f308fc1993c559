// The editor bench's page (bundled for the browser by editor-bench.ts): the app side of the
// canvas exactly as EditorCanvas and SiteEditor run it — the real frame script in a sandboxed
// srcdoc frame, keystrokes arriving as `text` messages, applied as operations through the
// schema — then one of:
//   patch    — the editor's way: the canvas differ re-renders only the touched section (its
//              per-section cache) and patches it;
//   diff-all — the previous way, kept as a baseline: every section rendered twice and diffed;
//   reload   — render the whole page and reload a frame with it;
//   floor    — no edit at all: an empty patch straight back (the browser's own round trip).
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { editSession, savePayload, startSession } from '@/modules/editor/editor-session';
import { createCanvasDiffer, diffCanvasSections, renderCanvasHtml } from '@/modules/editor/render-canvas-html';

type BenchInput = { document: SiteDocument; mode: 'patch' | 'diff-all' | 'reload' | 'floor' };
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
const differ = createCanvasDiffer();
const canvas = makeFrame(renderCanvasHtml({ ...view, document: input.document }, location.origin)!);
const baseline = input.mode === 'reload' ? makeFrame('<!doctype html><title>baseline</title>') : null;
const request = { projectId: '00000000-0000-4000-8000-000000000000', baseVersion: 1 };

window.addEventListener('message', (event) => {
  if (event.source !== canvas.contentWindow) return;
  const message = event.data as { type: string; key?: string; text?: string };
  if (message.type === 'ready') {
    differ.show({ ...view, document: input.document });
    window.bench.ready = true;
  }
  if (message.type !== 'text') return;
  if (input.mode === 'floor') {
    canvas.contentWindow!.postMessage({ type: 'patch', sections: [], force: false }, '*');
    return;
  }
  const step = editSession(
    session,
    { op: 'set-text', locale: view.locale, key: message.key!, value: message.text! },
    `text:${message.key}`,
  );
  if (!step.ok) return;
  session = step.session;
  // What an autosave after this keystroke sends (the operations since the saved version) next to
  // what it sent before (the whole draft and its base version).
  window.bench.documentBytes.push(bytes({ ...request, document: session.history.document }));
  window.bench.operationBytes.push(bytes({ ...request, ...savePayload(session) }));
  if (baseline) {
    baseline.onload = () => requestAnimationFrame(() => setTimeout(() => window.bench.reloaded.push(now()), 0));
    baseline.srcdoc = renderCanvasHtml({ ...view, document: session.history.document }, location.origin)!;
    return;
  }
  const after = { ...view, document: session.history.document };
  const change = input.mode === 'patch' ? differ.change(after) : diffCanvasSections({ ...view, document: shown }, after);
  shown = session.history.document;
  if (change?.type === 'patch') canvas.contentWindow!.postMessage({ type: 'patch', sections: change.sections, force: false }, '*');
});
