import { listFileIds } from '@/modules/document/list-file-ids';
import { baseSiteHeaders } from '@/modules/host/serve-site-file';
import { neutralPage } from '@/modules/host/neutral-page';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { unsafeFindOwnerPhotos } from '@/modules/storage/unsafe-find-owner-photos';
import { getSharedPreview } from './get-shared-preview';
import type { SharedPreviewResponse } from './render-shared-preview';

const PRIVATE = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/**
 * GET /share/<token>/files/<fileId>: a photo of the shared draft, for as long as the link is
 * valid. Clients' files are private, so three checks stand between a visitor and a file: the
 * token is valid now (private.shared_preview_draft, as for the page), the draft shows that file
 * (a `file:<id>` reference outside its texts), and the file belongs to the project's owner —
 * looked up with system privileges because the visitor has no session, which is why the owner
 * comes from the project, never from the request or the document. Anything else is the same
 * neutral 404 (no way to probe for file ids), and nothing is cached or indexed.
 */
export async function renderSharedFile(token: string, fileId: string, isHttps: boolean): Promise<SharedPreviewResponse> {
  const headers = { ...baseSiteHeaders(isHttps), ...PRIVATE };
  const notFound = () => {
    const page = neutralPage(404, headers);
    return { ...page, headers: { ...page.headers, ...PRIVATE } };
  };
  const shared = await getSharedPreview(token);
  if (!shared || !listFileIds(shared.document).includes(fileId)) return notFound();
  const [project] = await unsafeGetProjects([shared.projectId]);
  if (!project) return notFound();
  const photo = (await unsafeFindOwnerPhotos(project.ownerId, [fileId])).get(fileId);
  if (!photo) return notFound();
  const body = await photo.read().catch(() => null);
  if (!body) return notFound();
  return { status: 200, headers: { ...headers, 'Content-Type': photo.contentType, 'Content-Length': String(body.byteLength) }, body };
}
