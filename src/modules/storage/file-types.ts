/**
 * The types people may store, as the server recognises them from the bytes (never from the name
 * or the browser's claim). `inline` marks what may be shown in the browser (raster images and
 * PDFs); everything else is only ever downloaded as an attachment. `thumbnail`: sharp can decode
 * it into a preview.
 */
export type AllowedFileType = {
  mime: string;
  /** The extensions a name of this type may end with; the first is the one a wrong name gets. */
  extensions: readonly [string, ...string[]];
  kind: 'image' | 'pdf' | 'video' | 'document';
  inline: boolean;
  thumbnail: boolean;
};

const TYPES: readonly AllowedFileType[] = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/png', extensions: ['png'], kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/gif', extensions: ['gif'], kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/webp', extensions: ['webp'], kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/avif', extensions: ['avif'], kind: 'image', inline: true, thumbnail: true },
  // Phones' photos; kept and downloadable, not previewed (no HEIC decoder in sharp's build).
  { mime: 'image/heic', extensions: ['heic'], kind: 'image', inline: false, thumbnail: false },
  { mime: 'image/heif', extensions: ['heif', 'heic'], kind: 'image', inline: false, thumbnail: false },
  // Checked for active content on upload (isSafeSvg) and still never served inline: an SVG is a
  // document that can script, so it is a download, and its preview is a raster thumbnail.
  { mime: 'image/svg+xml', extensions: ['svg'], kind: 'image', inline: false, thumbnail: true },
  { mime: 'application/pdf', extensions: ['pdf'], kind: 'pdf', inline: true, thumbnail: false },
  { mime: 'video/mp4', extensions: ['mp4', 'm4v'], kind: 'video', inline: false, thumbnail: false },
  { mime: 'video/quicktime', extensions: ['mov', 'qt'], kind: 'video', inline: false, thumbnail: false },
  { mime: 'video/webm', extensions: ['webm'], kind: 'video', inline: false, thumbnail: false },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    kind: 'document',
    inline: false,
    thumbnail: false,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    kind: 'document',
    inline: false,
    thumbnail: false,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    kind: 'document',
    inline: false,
    thumbnail: false,
  },
];

const BY_MIME = new Map(TYPES.map((type) => [type.mime, type]));

export function allowedFileType(mime: string): AllowedFileType | undefined {
  return BY_MIME.get(mime);
}

/**
 * The stored name ends with an extension of the type the bytes are (issue 33.9): a GIF/HTML
 * polyglot uploaded as `poly.html` is stored as image/gif, and a name that still said `.html`
 * would be opened as a page by whatever the person downloads it into. A wrong extension made of
 * letters is replaced (`poly.html` → `poly.gif`); otherwise the type's is added (`scan` →
 * `scan.pdf`, `notes.2026` → `notes.2026.pdf`).
 */
export function nameForFileType(name: string, mime: string): string {
  const type = allowedFileType(mime);
  if (!type) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  if (type.extensions.includes(extension.toLowerCase())) return name;
  const stem = /^(?=.*[a-z])[a-z0-9]{1,8}$/i.test(extension) ? name.slice(0, dot) : name;
  return `${stem.slice(0, 255 - type.extensions[0].length - 1)}.${type.extensions[0]}`;
}

/** What the file picker offers (a hint only: the server decides from the content). */
export const ACCEPTED_FILE_TYPES = [...TYPES.map((type) => type.mime), '.heic', '.heif', '.docx', '.xlsx', '.pptx'].join(',');
