const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content *and* quoted attribute values. Escaping all five
 * characters everywhere means a caller cannot pick the wrong variant; every attribute we emit
 * is double-quoted.
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Alias that reads better at attribute call sites. */
export const escapeAttr = escapeHtml;

/**
 * Plain text → paragraphs: blank lines separate paragraphs, single newlines become <br>.
 * The text is escaped first, so no markup from the document survives.
 */
export function textToParagraphs(text: string, className?: string): string {
  const open = className ? `<p class="${escapeAttr(className)}">` : '<p>';
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `${open}${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Single-block text with line breaks kept (addresses, opening hours). */
export function textWithBreaks(text: string): string {
  return escapeHtml(text.trim()).replace(/\n/g, '<br>');
}
