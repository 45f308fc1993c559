import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@/lib/errors';
import { assertValidBlobKey } from './assert-valid-blob-key';
import type { UserFileStore } from './file-store';
import { signUploadToken } from './upload-token';

/** The embedded TUS endpoint (src/app/api/files/tus), served by handleEmbeddedTus. */
export const EMBEDDED_TUS_PATH = '/api/files/tus';
// The app's proxy buffers request bodies up to 10 MB (Next's proxyClientMaxBodySize): chunks stay
// well below that, so a chunk is never cut off and never more than 5 MB is held in memory.
const EMBEDDED_CHUNK_SIZE = 5 * 1024 * 1024;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(errorCode(error) ?? '');

/**
 * The embedded adapter: one plain file per key under `rootDir` (DATA_DIR/user-files), written by
 * the embedded TUS server (@tus/file-store, same directory and keys) and by `put`. Raw bytes, no
 * header, so TUS can append to them and downloads can stream them.
 */
export function createFilesystemFileStore(rootDir: string, secret: string): UserFileStore {
  const root = path.resolve(rootDir);

  const fileFor = (key: string): string => {
    assertValidBlobKey(key);
    const file = path.join(root, ...key.split('/'));
    // The key rules already forbid '..'; this keeps the guarantee if they ever change.
    if (!file.startsWith(root + path.sep)) throw new AppError('VALIDATION', 'errors.storage.invalidKey', { details: { key } });
    return file;
  };

  async function sizeOf(key: string): Promise<number | null> {
    try {
      const info = await stat(fileFor(key));
      return info.isFile() ? info.size : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  return {
    kind: 'filesystem',

    async createUploadTicket({ key, size, expiresAt }) {
      fileFor(key);
      const token = signUploadToken({ key, size, exp: Math.floor(expiresAt.getTime() / 1000) }, secret);
      return { endpoint: EMBEDDED_TUS_PATH, headers: { 'x-signature': token }, metadata: {}, chunkSize: EMBEDDED_CHUNK_SIZE };
    },

    async move(from, to) {
      const source = fileFor(from);
      const target = fileFor(to);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await rename(source, target);
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
      // @tus/file-store keeps the upload's state beside it; the moved file is no upload any more.
      await rm(`${source}.json`, { force: true });
      return true;
    },

    size: sizeOf,

    async readStart(key, length) {
      let handle;
      try {
        handle = await open(fileFor(key), 'r');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, 0);
        return new Uint8Array(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    },

    async read(key) {
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async stream(key) {
      const size = await sizeOf(key);
      if (size === null) return null;
      const body = Readable.toWeb(createReadStream(fileFor(key))) as ReadableStream<Uint8Array>;
      return { body, size };
    },

    async put(key, body) {
      const file = fileFor(key);
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
      await mkdir(path.dirname(file), { recursive: true });
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(body);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async delete(keys) {
      for (const key of keys) {
        const file = fileFor(key);
        await rm(file, { force: true });
        await rm(`${file}.json`, { force: true });
      }
    },
  };
}
