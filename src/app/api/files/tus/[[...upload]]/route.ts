import { getAuthSecret } from '@/lib/auth/secret';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { getFileStore, userFilesDirectory } from '@/lib/storage/get-file-store';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { unsafeCancelTerminatedUpload } from '@/modules/storage/unsafe-cancel-terminated-upload';

export const dynamic = 'force-dynamic';

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true; // same-origin requests from older browsers and non-browser clients
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false; // "null" and other opaque origins
  }
}

let handler: ((request: Request) => Promise<Response>) | undefined;

/**
 * The embedded default's resumable (TUS) upload endpoint. In production browsers upload straight to
 * Supabase Storage and this answers 404. Each request carries the signed upload token the app
 * issued when it reserved the space (x-signature): it allows one object and at most the reserved
 * bytes. A custom header can't be sent cross-site without a CORS preflight (none is answered), and
 * a request from another origin is refused outright.
 */
async function handle(request: Request): Promise<Response> {
  if (getFileStore().kind !== 'filesystem') return new Response(null, { status: 404 });
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  handler ??= createEmbeddedTusHandler({
    directory: userFilesDirectory(),
    secret: getAuthSecret(),
    isUploadOpen: unsafeIsUploadOpen,
    onUploadTerminated: unsafeCancelTerminatedUpload,
  });
  return handler(request);
}

export { handle as POST, handle as PATCH, handle as HEAD, handle as DELETE };
