import type { DeploymentManifest, ManifestEntry } from './types';

/**
 * The manifest with the photo variants added: their blobs were stored by prepareSitePhotos, so
 * they are entries without a BuiltFile. Paths are re-sorted so the JSON stays byte-stable.
 */
export function withPhotoEntries(manifest: DeploymentManifest, entries: Record<string, ManifestEntry>): DeploymentManifest {
  const paths = Object.keys(entries);
  if (paths.length === 0) return manifest;
  const merged = { ...manifest.files, ...entries };
  const files = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((path) => [path, merged[path]!]),
  );
  const totalBytes = Object.values(files).reduce((sum, entry) => sum + entry.size, 0);
  return { ...manifest, files, totalBytes };
}
