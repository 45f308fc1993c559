/** Kept in step with SHARED_FILES_CACHE in pwa/service-worker.ts (the worker's bundle is separate). */
const SHARED_FILES_CACHE = 'pm-shared-files';

/**
 * The photos the phone's share sheet handed to the installed app (see the share target in
 * service-worker.ts), as Files, removed from the waiting cache as they are taken — each is
 * uploaded once. Empty when there are none or the browser has no Cache API.
 */
export async function takeSharedFiles(): Promise<File[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(SHARED_FILES_CACHE);
  const files: File[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    await cache.delete(request);
    if (!response) continue;
    const name = decodeURIComponent(response.headers.get('x-file-name') ?? '') || 'photo';
    files.push(new File([await response.blob()], name, { type: response.headers.get('content-type') ?? '' }));
  }
  return files;
}
