/**
 * The draft's entity tag (RFC 9110 §8.8.3): its version number, which grows with every save and
 * is never reused (site versions are never deleted), so it changes exactly when the draft does.
 * Strong, since the version names one exact document.
 */
export function draftEtag(version: number): string {
  return `"v${version}"`;
}

/**
 * If-Match (RFC 9110 §13.1.1) against the current draft: `*` or a list of entity tags compared
 * strongly, so a weak tag (`W/"v3"`) never matches.
 */
export function ifMatchAccepts(header: string, currentVersion: number): boolean {
  const value = header.trim();
  if (value === '*') return true;
  const current = draftEtag(currentVersion);
  return value.split(',').some((tag) => tag.trim() === current);
}
