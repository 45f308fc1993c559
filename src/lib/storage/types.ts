/**
 * The storage port: a flat key → bytes store. Keys look like paths ('blobs/<sha256>') and
 * are validated by every adapter the same way (see assertValidBlobKey).
 */
export interface BlobStore {
  readonly kind: 'filesystem' | 'supabase';
  /** Creates or replaces the object. */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  get(key: string): Promise<{ body: Uint8Array; contentType: string } | null>;
  has(key: string): Promise<boolean>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}
