import { sha256Hex } from './sha256-hex';

/**
 * `assets/<name>.<first 10 hex of sha256>.<extension>`. Ten hex digits (40 bits) make an
 * accidental collision between two versions of one site's asset practically impossible, and
 * the name changes whenever the bytes do, so the host can mark it immutable.
 */
export function hashedAssetPath(name: string, extension: string, content: string | Uint8Array): string {
  return `assets/${name}.${sha256Hex(content).slice(0, 10)}.${extension}`;
}
