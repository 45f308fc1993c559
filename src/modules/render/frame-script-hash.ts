import { createHash } from 'node:crypto';
import { FRAME_SCRIPT } from './frame-script.generated';

/**
 * The CSP source that lets the editor's canvas run its one inline script and nothing else. The
 * canvas is a srcdoc iframe, so it inherits the app page's policy: 'strict-dynamic' ignores
 * 'self' and the page's nonce is not ours to reuse, but a hash names exactly this bundle.
 */
export const FRAME_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(FRAME_SCRIPT, 'utf8').digest('base64')}'`;
