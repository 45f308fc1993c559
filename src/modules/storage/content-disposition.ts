/**
 * A Content-Disposition header for a stored file's name (RFC 6266 / 8187): an ASCII fallback with
 * quotes and backslashes removed, and the exact name in `filename*`. Names are sanitized on the
 * way in; this keeps header injection impossible even so (no CR/LF survives either part).
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
