// Helpers shared by this module's tests (not used by production code).
import { makeBuiltFile } from '../make-built-file';
import type { BuiltFile } from '../types';

const decoder = new TextDecoder();

export function textOf(files: readonly BuiltFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no built file ${path}`);
  return decoder.decode(file.body);
}

export function findPath(files: readonly BuiltFile[], pattern: RegExp): string {
  const file = files.find((candidate) => pattern.test(candidate.path));
  if (!file) throw new Error(`no built file matching ${pattern}`);
  return file.path;
}

/** A minimal HTML page around `body`, as the checks see built files. */
export function htmlFile(path: string, body: string, head = ''): BuiltFile {
  return makeBuiltFile(
    path,
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`,
  );
}

/** Deterministic text that gzip cannot shrink much (mulberry32 over 64 symbols: ~6 bits a character). */
export function incompressibleText(length: number, seed = 7): string {
  const symbols = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .';
  let state = seed >>> 0;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    text += symbols[((mixed ^ (mixed >>> 14)) >>> 0) % symbols.length];
  }
  return text;
}
