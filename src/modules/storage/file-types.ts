/**
 * The types people may store, as the server recognises them from the bytes (never from the name
 * or the browser's claim). `inline` marks what may be shown in the browser (raster images and
 * PDFs); everything else is only ever downloaded as an attachment. `thumbnail`: sharp can decode
 * it into a preview.
 */
export type AllowedFileType = {
  mime: string;
  kind: 'image' | 'pdf' | 'video' | 'document';
  inline: boolean;
  thumbnail: boolean;
};

const TYPES: readonly AllowedFileType[] = [
  { mime: 'image/jpeg', kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/png', kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/gif', kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/webp', kind: 'image', inline: true, thumbnail: true },
  { mime: 'image/avif', kind: 'image', inline: true, thumbnail: true },
  // Phones' photos; kept and downloadable, not previewed (no HEIC decoder in sharp's build).
  { mime: 'image/heic', kind: 'image', inline: false, thumbnail: false },
  { mime: 'image/heif', kind: 'image', inline: false, thumbnail: false },
  // Checked for active content on upload (isSafeSvg) and still never served inline: an SVG is a
  // document that can script, so it is a download, and its preview is a raster thumbnail.
  { mime: 'image/svg+xml', kind: 'image', inline: false, thumbnail: true },
  { mime: 'application/pdf', kind: 'pdf', inline: true, thumbnail: false },
  { mime: 'video/mp4', kind: 'video', inline: false, thumbnail: false },
  { mime: 'video/quicktime', kind: 'video', inline: false, thumbnail: false },
  { mime: 'video/webm', kind: 'video', inline: false, thumbnail: false },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document', inline: false, thumbnail: false },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document', inline: false, thumbnail: false },
  { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'document', inline: false, thumbnail: false },
];

const BY_MIME = new Map(TYPES.map((type) => [type.mime, type]));

export function allowedFileType(mime: string): AllowedFileType | undefined {
  return BY_MIME.get(mime);
}

/** What the file picker offers (a hint only: the server decides from the content). */
export const ACCEPTED_FILE_TYPES = [...TYPES.map((type) => type.mime), '.heic', '.heif', '.docx', '.xlsx', '.pptx'].join(',');
