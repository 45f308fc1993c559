import type { SiteDocument } from '@/modules/document/site-document-schema';
import { siteDisplayName } from './site-display-name';
import type { BuiltFile, DeploymentManifest, ManifestEntry } from './types';

/** The manifest of `files` (expected sorted by path, so the JSON is byte-stable). */
export function buildDeploymentManifest(document: SiteDocument, files: readonly BuiltFile[]): DeploymentManifest {
  const entries: Record<string, ManifestEntry> = {};
  let totalBytes = 0;
  for (const file of files) {
    entries[file.path] = {
      sha256: file.sha256,
      size: file.size,
      contentType: file.contentType,
      immutable: file.isImmutable,
      ...(file.styleHashes?.length ? { styleHashes: file.styleHashes } : {}),
    };
    totalBytes += file.size;
  }
  return {
    version: 1,
    files: entries,
    totalBytes,
    locales: [...document.i18n.locales],
    defaultLocale: document.i18n.defaultLocale,
    siteName: siteDisplayName(document),
  };
}
