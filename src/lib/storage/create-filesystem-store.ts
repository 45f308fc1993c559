import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@/lib/errors';
import { assertValidBlobKey } from './assert-valid-blob-key';
import { assertValidContentType } from './assert-valid-content-type';
import type { BlobStore } from './types';

// Each file holds one header line with the content type, then the bytes. Keeping both in one
// file means a single rename publishes them together: a reader can never see new bytes with
// an old content type, which a sidecar file could not guarantee.
const MAGIC = 'PMB1 ';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

// ENOTDIR/EISDIR: a key is used both as an object and as a "folder" of other keys.
const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(errorCode(error) ?? '');

function decodeBlob(bytes: Uint8Array, key: string): { body: Uint8Array; contentType: string } {
  const newline = bytes.indexOf(10);
  const header = newline > 0 ? decoder.decode(bytes.subarray(0, newline)) : '';
  if (!header.startsWith(MAGIC)) throw new AppError('INTERNAL', 'errors.storage.damagedFile', { details: { key } });
  return { contentType: header.slice(MAGIC.length), body: bytes.slice(newline + 1) };
}

/**
 * The embedded storage adapter: one file per key under `rootDir`. Writes go to a temporary
 * file in the same directory, are flushed, then renamed over the target — rename is atomic on
 * one filesystem, so concurrent readers see the old object or the new one, never half of one.
 */
export function createFilesystemStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);

  const fileFor = (key: string): string => {
    assertValidBlobKey(key);
    const file = path.join(root, ...key.split('/'));
    // The key rules already forbid '..'; this keeps the guarantee if they ever change.
    if (!file.startsWith(root + path.sep)) throw new AppError('VALIDATION', 'errors.storage.invalidKey', { details: { key } });
    return file;
  };

  return {
    kind: 'filesystem',

    async put(key, body, contentType) {
      const file = fileFor(key);
      assertValidContentType(contentType);
      const directory = path.dirname(file);
      const temporary = path.join(directory, `.${path.basename(file)}.${randomUUID()}.tmp`);
      try {
        await mkdir(directory, { recursive: true });
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(Buffer.concat([encoder.encode(`${MAGIC}${contentType}\n`), body]));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        if (['ENOTDIR', 'EISDIR', 'EEXIST'].includes(errorCode(error) ?? '')) {
          throw new AppError('CONFLICT', 'errors.storage.keyClash', { details: { key } });
        }
        throw error;
      }
    },

    async get(key) {
      const file = fileFor(key);
      try {
        return decodeBlob(new Uint8Array(await readFile(file)), key);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async has(key) {
      const file = fileFor(key);
      try {
        return (await stat(file)).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async delete(key) {
      const file = fileFor(key);
      try {
        if ((await stat(file)).isFile()) await rm(file, { force: true });
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}
