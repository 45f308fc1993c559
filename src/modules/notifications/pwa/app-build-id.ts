import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * This build's id (Next writes it to <distDir>/BUILD_ID), naming the service worker's version.
 * `next dev` has none: 'development'.
 */
export function appBuildId(): string {
  if (cached) return cached;
  try {
    cached = readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim() || 'development';
  } catch {
    cached = 'development';
  }
  return cached;
}
