/**
 * The user-files port: people's own files (photos, logos, documents), which unlike built site
 * files arrive from browsers — resumably, with TUS — and can be large. Keys are chosen by the
 * database ('uploads/<id>', 'files/<id>', 'thumbs/<id>.webp'), never from a file name, and every
 * adapter validates them (assertValidBlobKey).
 */
export interface UserFileStore {
  readonly kind: 'filesystem' | 'supabase';
  /**
   * What the browser needs to send one object's bytes with TUS: an endpoint and headers that
   * allow writing `key` — that object only, at most `size` bytes, until `expiresAt`.
   */
  createUploadTicket(input: { key: string; size: number; expiresAt: Date }): Promise<UploadTicket>;
  /** Renames an object (replacing any at `to`); false when there is nothing at `from`. */
  move(from: string, to: string): Promise<boolean>;
  /** Size in bytes, or null when there is no such object. */
  size(key: string): Promise<number | null>;
  /** Up to the first `length` bytes (type detection), or null when there is no such object. */
  readStart(key: string, length: number): Promise<Uint8Array | null>;
  /** The whole object (callers bound its size first), or null. */
  read(key: string): Promise<Uint8Array | null>;
  /** The object as a stream, for downloads, or null. */
  stream(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Removes objects; missing ones are not an error. */
  delete(keys: readonly string[]): Promise<void>;
}

/** A TUS upload's destination, handed to tus-js-client in the browser. */
export type UploadTicket = {
  endpoint: string;
  /** Sent with every TUS request: the signed permission for this one object. */
  headers: Record<string, string>;
  /** TUS `Upload-Metadata` of the creation request. */
  metadata: Record<string, string>;
  /** Bytes per PATCH request. */
  chunkSize: number;
};
