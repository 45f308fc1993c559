'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { acceptFrameMessage, type AppToFrame } from '@/modules/render/frame-protocol';
import { withFrameScript } from '@/modules/render/with-frame-script';

const noSubscription = () => () => {};

/**
 * The studio's live preview frame. It is loaded once, with the first page to show; every later
 * page (a section arriving, a field being written, another language) reaches it as a `document`
 * message, and the frame script patches what differs in place (render/frame/frame-main.ts). So
 * what is painted stays painted while a site streams in: re-assigning `srcdoc` per event would
 * reload the frame each time, and a frame that never finishes loading never paints.
 *
 * The frame is sandboxed with `allow-scripts` only: its origin is opaque, so the generated page
 * can never reach the app's cookies, storage or DOM, submit forms or open windows; its one script
 * is the app's frame script, allowed by hash. Messages go both ways through the schema-checked
 * protocol of render/frame-protocol.ts, each side checking who sent them.
 */
export function PreviewFrame({ html, title, width, className }: { html: string; title: string; width: number | null; className: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );
  // The page the frame is loaded with; it never changes (no second load).
  const [initial] = useState(html);
  const srcDoc = useMemo(() => (origin ? withFrameScript(initial, origin) : null), [initial, origin]);
  const isReady = useRef(false);
  const shown = useRef(initial);
  const latest = useRef(html);

  const sync = () => {
    if (!isReady.current || shown.current === latest.current) return;
    shown.current = latest.current;
    const message: AppToFrame = { type: 'document', html: latest.current };
    // The frame's origin is opaque ("null"), so '*' is the only target that reaches it; what is
    // sent is the person's own page, and only to this frame's window.
    frame.current?.contentWindow?.postMessage(message, '*');
  };

  useEffect(() => {
    latest.current = html;
    sync();
  }, [html]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = acceptFrameMessage(event, frame.current?.contentWindow);
      if (message?.type !== 'ready') return;
      // The frame (re)loaded: it shows the page it was loaded with; bring it up to date.
      isReady.current = true;
      shown.current = initial;
      sync();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [initial]);

  return srcDoc ? (
    <iframe
      ref={frame}
      title={title}
      sandbox="allow-scripts"
      referrerPolicy="no-referrer"
      srcDoc={srcDoc}
      className={className}
      style={{ width: width === null ? '100%' : `${width}px` }}
    />
  ) : null;
}
