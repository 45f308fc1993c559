import { sha256Hex } from './sha256-hex';
import type { BuiltFile } from './types';

const encoder = new TextEncoder();

/** A BuiltFile with its hash and size computed from the bytes it will be served with. */
export function makeBuiltFile(path: string, contentType: string, content: string | Uint8Array, isImmutable = false): BuiltFile {
  const body = typeof content === 'string' ? encoder.encode(content) : content;
  return { path, contentType, body, sha256: sha256Hex(body), size: body.byteLength, isImmutable };
}
