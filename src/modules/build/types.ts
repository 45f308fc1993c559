// Shapes shared by the build, its checks and whoever stores and serves a deployment.

/** One file of a published site, ready to store. */
export type BuiltFile = {
  /** Site-relative path without a leading slash: 'index.html', 'pt-BR/index.html', 'assets/site.<hash>.css'. */
  path: string;
  contentType: string;
  body: Uint8Array;
  /** Lower-case hex SHA-256 of `body`; also the blob's storage key. */
  sha256: string;
  size: number;
  /** Content-hashed asset: its URL changes whenever its bytes do, so it may be cached forever. */
  isImmutable: boolean;
  /** An HTML page's inline styles as CSP hash sources ('sha256-…'; inline-style-hashes.ts): the host allows exactly these. */
  styleHashes?: string[];
};

export type ManifestEntry = {
  sha256: string;
  size: number;
  contentType: string;
  immutable: boolean;
  /** BuiltFile.styleHashes: served in this file's Content-Security-Policy. Absent when the file has no inline style. */
  styleHashes?: string[];
};

/**
 * What a deployment is: path → blob. Stored with the deployment row; serving looks a request
 * path up here and then reads blob `blobs/<sha256>` from the blob store.
 */
export type DeploymentManifest = {
  version: 1;
  files: Record<string, ManifestEntry>;
  totalBytes: number;
  locales: string[];
  defaultLocale: string;
  /** The site's name as visitors see it: the host's own pages (form answers) name the business with it. */
  siteName: string;
};

export type CheckId = 'broken-links' | 'alt-text' | 'heading-order' | 'contrast' | 'page-weight' | 'translations' | 'samples';

export type CheckLevel = 'error' | 'warning' | 'ok';

export type CheckResult = {
  id: CheckId;
  /** 'error' blocks publishing; 'warning' is shown but does not. */
  level: CheckLevel;
  /** One English sentence for a person (the dashboard shows its own translation, from id, level and count). */
  message: string;
  /** How many distinct problems (errors and warnings only). */
  count?: number;
  details?: string[];
};
