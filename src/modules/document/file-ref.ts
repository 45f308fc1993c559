// A site document names an uploaded photo as `file:<uuid>` (lower-case, the storage item's id).
// Only this exact shape counts: anything else is an ordinary URL and goes through the URL policy.

const FILE_REF = /^file:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function isFileRef(value: unknown): value is `file:${string}` {
  return typeof value === 'string' && FILE_REF.test(value);
}

/** The file id of a `file:<uuid>` reference, or null. */
export function fileIdOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return FILE_REF.exec(value)?.[1] ?? null;
}

export function fileRefOf(fileId: string): `file:${string}` {
  return `file:${fileId.toLowerCase()}`;
}
