import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';

const MAX_NAME = 255;

/**
 * A name as people see it, made safe to store and to send back in a Content-Disposition header:
 * Unicode NFC, no control or bidirectional-override characters, no slashes or backslashes (a name
 * is never a path — blob keys don't come from names — but a downloaded file must not suggest one
 * either), not '.' or '..', trimmed, at most 255 characters with the extension kept. Never empty.
 */
export function sanitizeFileName(raw: string, fallback = 'file'): string {
  let name = raw
    .normalize('NFC')
    // Control characters, and the bidi overrides that make "exe.jpg" read as "gpj.exe".
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '.' || name === '..' || /^\.+$/.test(name)) name = '';
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME - extension.length).trimEnd() + extension;
  }
  return name || fallback;
}

/** The name field of forms and actions: sanitized, and refused only when nothing is left. */
export const fileNameSchema = z
  .string()
  .max(1000)
  .transform((value) => sanitizeFileName(value, ''))
  .pipe(z.string().min(1, errorKey('errors.storage.nameRequired')));
