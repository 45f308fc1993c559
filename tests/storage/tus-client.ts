import type { UploadTicket } from '@/lib/storage/file-store';

export const APP = 'http://app.test';

/**
 * The TUS protocol as tus-js-client speaks it (creation, then PATCH from an offset), against the
 * embedded endpoint's handler: enough to send bytes in tests without a browser.
 */
export async function tusUpload(
  handler: (request: Request) => Promise<Response>,
  ticket: UploadTicket,
  body: Uint8Array,
  options: { length?: number; token?: string } = {},
): Promise<{ create: Response; patch?: Response; location?: string }> {
  const headers = { 'tus-resumable': '1.0.0', ...ticket.headers, ...(options.token ? { 'x-signature': options.token } : {}) };
  const create = await handler(
    new Request(`${APP}${ticket.endpoint}`, {
      method: 'POST',
      headers: { ...headers, 'upload-length': String(options.length ?? body.length), host: 'app.test' },
    }),
  );
  const location = create.headers.get('location');
  if (create.status !== 201 || !location) return { create };
  const patch = await handler(
    new Request(new URL(location, APP), {
      method: 'PATCH',
      headers: { ...headers, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', host: 'app.test' },
      body: new Uint8Array(body),
    }),
  );
  return { create, patch, location };
}
