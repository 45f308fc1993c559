// The editing canvas as the editor mounts it, for canvas-sandbox.test.ts (bundled for Chromium
// there): the real EditorCanvas component with the vegan bakery's draft, every message it hands
// on to the editor recorded in `window.received`.
import { createRoot } from 'react-dom/client';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { FrameToApp } from '@/modules/render/frame-protocol';
import { EditorCanvas } from '@/modules/editor/ui/editor-canvas';

declare global {
  interface Window {
    received: FrameToApp[];
  }
}

window.received = [];
const root = document.createElement('div');
document.body.append(root);
createRoot(root).render(
  <EditorCanvas
    document={veganBakery}
    view={{ pageSlug: veganBakery.pages[0]!.slug, locale: veganBakery.i18n.defaultLocale, photos: {} }}
    reloadKey={0}
    width={1024}
    title="Editing canvas"
    selectedId={null}
    onMessage={(message) => window.received.push(message)}
  />,
);
