import { escapeHtml } from './escape-html';
import { FRAME_SCRIPT } from './frame-script.generated';

/**
 * A rendered page made into a scripted frame's page (the editor's canvas, the studio's live
 * preview): the app origin it may talk to, optional styles of the frame's own, and the frame
 * script — inlined byte for byte, because the app's CSP allows it by its hash
 * (frame-script-hash.ts). The page's own markup is left exactly as the renderer wrote it; the
 * frame script tells its own elements apart from the page's (frame/frame-main.ts).
 */
export function withFrameScript(html: string, parentOrigin: string, ownCss = ''): string {
  const head = `<meta name="pm-parent-origin" content="${escapeHtml(parentOrigin)}">${ownCss ? `<style data-pm>${ownCss}</style>` : ''}`;
  // Replacer functions, not strings: the bundle contains `$&`-like sequences a string replacement would expand.
  return html.replace('</head>', () => `${head}</head>`).replace('</body>', () => `<script>${FRAME_SCRIPT}</script></body>`);
}
