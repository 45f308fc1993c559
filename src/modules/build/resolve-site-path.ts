/**
 * The built file a root-relative URL path is served from, or undefined. Mirrors how the host
 * serves a deployment: '/' and '/about/' → '<path>index.html'; '/about' → 'about/index.html'
 * too (the host redirects to the slash form); anything else must exist as a file.
 */
export function resolveSitePath(urlPath: string, files: ReadonlySet<string>): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}
