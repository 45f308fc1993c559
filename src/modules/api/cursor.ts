import { z } from 'zod';
import { AppError } from '@/lib/errors';

/**
 * Opaque page cursors: base64url JSON of the last row's sort key. Opaque so clients pass them
 * back rather than build them (the sort key may change); a cursor that does not decode is a 400.
 */
const cursorSchema = z.object({ at: z.string().regex(/^\d{1,20}$/), id: z.uuid() }).strict();
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string | undefined): Cursor | undefined {
  if (text === undefined) return undefined;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('VALIDATION', 'errors.common.invalidRequest');
  }
}
