import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { EMBEDDED_TUS_PATH } from './create-filesystem-file-store';
import { verifyUploadToken, type UploadGrant } from './upload-token';

export type EmbeddedTusOptions = {
  /** The filesystem file store's directory: TUS writes `uploads/<id>` where the store reads it. */
  directory: string;
  secret: string;
  /**
   * Whether the upload behind `key` may still receive bytes (its reservation is open). Checked on
   * every request, so a completed, cancelled or expired upload takes no more bytes even while
   * its token is unexpired.
   */
  isUploadOpen(key: string): Promise<boolean>;
  /**
   * The upload behind `key` was terminated (TUS DELETE: the person cancelled) and its bytes are
   * gone: its reservation must end here, since the page's cancel request may never follow.
   */
  onUploadTerminated?(key: string): Promise<void>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PREFIX = 'uploads/';

// @tus/server turns thrown { status_code, body } objects into responses.
const forbidden = { status_code: 403, body: 'This upload is not allowed.\n' };
const closed = { status_code: 410, body: 'This upload is finished, cancelled or expired.\n' };

/** The grant of a well-formed upload token for an 'uploads/<uuid>' key; null otherwise. */
function uploadGrant(request: Request, secret: string): UploadGrant | null {
  const grant = verifyUploadToken(request.headers.get('x-signature'), secret);
  if (!grant || !grant.key.startsWith(PREFIX) || !UUID.test(grant.key.slice(PREFIX.length))) return null;
  return grant;
}

/**
 * The embedded default's resumable upload endpoint: @tus/server with @tus/file-store, behind a
 * route handler, playing the part Supabase's `/upload/resumable/sign` plays in production. The
 * permission is the `x-signature` token the file store signed when the upload was reserved: it
 * names the one key this request may write and its size (TUS's maxSize), so the URL of one upload
 * is useless for any other, and nobody writes more than they reserved.
 */
export function createEmbeddedTusHandler(options: EmbeddedTusOptions): (request: Request) => Promise<Response> {
  // An HMAC per hook: cheap, and nothing is carried between hooks on the request object.
  const grantOf = (request: Request) => uploadGrant(request, options.secret);
  const server = new Server({
    path: EMBEDDED_TUS_PATH,
    datastore: new FileStore({ directory: options.directory }),
    relativeLocation: true,
    // The upload's key is the token's, never a name the client chose.
    namingFunction: (request) => {
      const grant = grantOf(request);
      if (!grant) throw forbidden;
      return grant.key;
    },
    generateUrl: (_request, { path, id }) => `${path}/${id.slice(PREFIX.length)}`,
    getFileIdFromRequest: (_request, lastPath) => (lastPath && UUID.test(lastPath) ? `${PREFIX}${lastPath}` : undefined),
    // A request without a valid token was refused before this is asked; 1 keeps "0 = no limit" out of reach.
    maxSize: (request) => grantOf(request)?.size ?? 1,
    onIncomingRequest: async (request, id) => {
      const grant = grantOf(request);
      if (!grant || grant.key !== id) throw forbidden;
      if (!(await options.isUploadOpen(id))) throw closed;
    },
    onUploadCreate: async (request, upload) => {
      const grant = grantOf(request);
      if (!grant || grant.key !== upload.id || upload.size === undefined || upload.size > grant.size) throw forbidden;
      return {};
    },
  });

  return async (request) => {
    if (!grantOf(request)) {
      return new Response(forbidden.body, { status: 403, headers: { 'Tus-Resumable': '1.0.0', 'Content-Type': 'text/plain' } });
    }
    const response = await server.handleWeb(request);
    // Terminated (204): the bytes are gone; the reservation goes too, after them, so a completion
    // racing this finds either the bytes or a cancelled upload, never a file without its bytes.
    if (request.method === 'DELETE' && response.status === 204 && options.onUploadTerminated) {
      const id = new URL(request.url).pathname.split('/').pop();
      if (id && UUID.test(id)) await options.onUploadTerminated(`${PREFIX}${id}`);
    }
    return response;
  };
}
