'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { acceptFrameMessage, appToFrameSchema, type AppToFrame, type FrameToApp } from '@/modules/render/frame-protocol';
import { createCanvasDiffer, pageChromeSignature, renderCanvasHtml } from '../render-canvas-html';
import { isSameJson } from '../json-path';

const noSubscription = () => () => {};

export type CanvasView = {
  pageSlug: string;
  locale: string;
  photos: Record<string, string>;
  /** Texts of `locale` left to translate, marked on the canvas. */
  untranslatedKeys?: readonly string[];
};

/**
 * The editing canvas: the draft rendered in an iframe sandboxed with `allow-scripts` only (an
 * opaque origin: the site's markup cannot reach the app), talking through the schema-checked
 * protocol of render/frame-protocol.ts. The frame loads once per page and language; after that every
 * change is a patch of the sections whose markup changed.
 */
export function EditorCanvas({
  document,
  view,
  reloadKey,
  width,
  title,
  selectedId,
  onMessage,
}: {
  document: SiteDocument;
  view: CanvasView;
  /** Changes when the canvas must load afresh (a newer draft was loaded). */
  reloadKey: number;
  width: number | null;
  title: string;
  selectedId: string | null;
  onMessage: (message: FrameToApp) => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );
  // The document the frame was loaded with; later documents reach it as patches.
  // `chrome` is its header's signature, kept so a keystroke computes only the new document's.
  const [loaded, setLoaded] = useState(() => ({ document, view, reloadKey, chrome: pageChromeSignature(document, view.locale) }));
  // The theme is the page's stylesheet, not section markup: a theme change loads the frame afresh
  // (section patches cannot carry it). Rare next to keystrokes, which stay patches. Compared by
  // value, not by JSON text: the saved draft (jsonb) and a parsed one order their keys differently.
  const isNewTheme = !isSameJson(loaded.document.theme, document.theme);
  // Likewise the header around the sections (site name, logo, menu).
  const chrome =
    loaded.document === document && loaded.view.locale === view.locale ? loaded.chrome : pageChromeSignature(document, view.locale);
  const isNewChrome = chrome !== loaded.chrome;
  if (
    isNewTheme ||
    isNewChrome ||
    loaded.reloadKey !== reloadKey ||
    loaded.view.locale !== view.locale ||
    loaded.view.pageSlug !== view.pageSlug
  ) {
    setLoaded({ document, view, reloadKey, chrome });
  }
  const html = useMemo(() => (origin ? renderCanvasHtml({ ...loaded.view, document: loaded.document }, origin) : null), [loaded, origin]);
  const shown = useRef<SiteDocument | null>(null);
  const shownMarks = useRef<readonly string[] | undefined>(undefined);
  // Each section's last render: a keystroke renders only the section it changed.
  const differ = useRef(createCanvasDiffer());
  // While a text is being typed in, the frame already shows the keystrokes: patches leave its
  // section alone. Otherwise (undo, outline actions) they replace it like any other.
  const isTyping = useRef(false);
  const typedSection = useRef<string | null>(null);
  const latest = useRef({ document, view, onMessage });
  useEffect(() => {
    latest.current = { document, view, onMessage };
  });

  const post = (message: AppToFrame) => {
    // The frame's origin is opaque ("null"), so '*' is the only target that reaches it; what is
    // sent is the person's own draft, and only to this frame's window.
    if (appToFrameSchema.safeParse(message).success) frame.current?.contentWindow?.postMessage(message, '*');
  };

  const sync = () => {
    const { document: current, view: currentView } = latest.current;
    if (!shown.current || (shown.current === current && shownMarks.current === currentView.untranslatedKeys)) return;
    const change = differ.current.change({ ...currentView, document: current });
    shown.current = current;
    shownMarks.current = currentView.untranslatedKeys;
    if (change?.type === 'patch') post({ type: 'patch', sections: change.sections, force: !isTyping.current });
    else if (change) post({ type: 'sections', sections: change.sections });
  };

  useEffect(sync, [document, view.untranslatedKeys]);

  useEffect(() => {
    post({ type: 'select', sectionId: selectedId });
  }, [selectedId]);

  useEffect(() => {
    const onWindowMessage = (event: MessageEvent) => {
      // Only our own frame (a sandboxed srcdoc frame has the opaque origin "null"), in the protocol's shape.
      const message = acceptFrameMessage(event, frame.current?.contentWindow);
      if (!message) return;
      if (message.type === 'ready') {
        shown.current = loaded.document;
        shownMarks.current = loaded.view.untranslatedKeys;
        differ.current.show({ ...loaded.view, document: loaded.document });
        sync();
      }
      if (message.type === 'select') {
        isTyping.current = message.key !== null;
        typedSection.current = message.key !== null ? message.sectionId : null;
      } else if (message.type === 'text-done') {
        isTyping.current = false;
        // Patches skipped the section while it was typed in; what changed around the text meanwhile
        // (its untranslated mark) is drawn now that the person left it.
        const section = typedSection.current ? differ.current.shownSection(typedSection.current) : null;
        if (section) post({ type: 'patch', sections: [section], force: true });
        typedSection.current = null;
      }
      latest.current.onMessage(message);
    };
    window.addEventListener('message', onWindowMessage);
    return () => window.removeEventListener('message', onWindowMessage);
  }, [loaded]); // eslint-disable-line react-hooks/exhaustive-deps -- sync reads the latest values from refs

  return html ? (
    <iframe
      key={`${reloadKey}:${view.locale}:${view.pageSlug}`}
      ref={frame}
      title={title}
      data-testid="editor-canvas"
      sandbox="allow-scripts"
      referrerPolicy="no-referrer"
      srcDoc={html}
      // Its box (site-editor.tsx) decides the height: the rest of the screen under the header.
      className="mx-auto block h-full max-w-full border-0 bg-white"
      style={{ width: width === null ? '100%' : `${width}px` }}
    />
  ) : null;
}
