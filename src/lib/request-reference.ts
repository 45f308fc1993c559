/**
 * The cookie that carries the last page load's request id to the error pages (set by
 * src/proxy.ts, read by src/app/error.tsx and global-error.tsx). Its own file, free of Node
 * imports, because client components import it.
 */
export const REQUEST_REFERENCE_COOKIE = 'pm_ref';

/** The id in `document.cookie`, when well-formed (the same rule as src/lib/log.ts). */
export function readRequestReference(cookieHeader: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== REQUEST_REFERENCE_COOKIE) continue;
    const value = decodeURIComponent(rest.join('='));
    return /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/.test(value) ? value : undefined;
  }
  return undefined;
}
