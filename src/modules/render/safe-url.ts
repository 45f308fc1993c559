import { isSafeUrl } from '@/modules/document/is-safe-url';

/**
 * The URL if it passes the document's URL policy (http(s), mailto, tel, or relative starting
 * with `/`, `./`, `#`, `?`), otherwise `#`. Re-checked at render time so a document that never
 * went through the schema still cannot produce a `javascript:` link. Escape the result with
 * `escapeAttr` as with any attribute value.
 */
export function safeUrl(value: string | undefined | null): string {
  return typeof value === 'string' && isSafeUrl(value) ? value : '#';
}
