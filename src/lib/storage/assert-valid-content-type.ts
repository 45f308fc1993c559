import { AppError } from '@/lib/errors';

// type/subtype plus optional parameters, printable ASCII only: it is written into a header
// line (filesystem) and an HTTP header (Supabase), where a newline would be an injection.
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;\s*[a-z0-9!#$&^_.+-]+=("[^"\r\n]*"|[a-z0-9!#$&^_.+-]+))*$/i;

export function assertValidContentType(contentType: string): void {
  if (typeof contentType !== 'string' || contentType.length > 200 || !CONTENT_TYPE.test(contentType)) {
    throw new AppError('VALIDATION', 'errors.storage.invalidContentType', { details: { contentType: String(contentType).slice(0, 80) } });
  }
}
