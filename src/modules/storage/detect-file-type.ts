import { FileTypeParser } from 'file-type';
import { allowedFileType, type AllowedFileType } from './file-types';
import { looksLikeSvg } from './is-safe-svg';

/** Bytes file-type needs to recognise every format it knows. */
export const SNIFF_BYTES = 4100;

/**
 * The file's type from its first bytes (magic numbers, via file-type), if it is one we store.
 * SVG is text without magic numbers: recognised by its root element, and then checked whole by
 * isSafeSvg. Anything else — HTML, scripts, executables, archives, unknown — is null, whatever
 * its name says.
 */
export async function detectFileType(head: Uint8Array): Promise<AllowedFileType | null> {
  const detected = await new FileTypeParser().fromBuffer(head);
  if (detected) {
    // file-type names ISO-BMFF brands separately; they are the same formats to us.
    const mime =
      detected.mime === 'image/heic-sequence' ? 'image/heic' : detected.mime === 'image/heif-sequence' ? 'image/heif' : detected.mime;
    return allowedFileType(mime) ?? (detected.mime === 'application/xml' && isSvgText(head) ? allowedFileType('image/svg+xml')! : null);
  }
  return isSvgText(head) ? allowedFileType('image/svg+xml')! : null;
}

function isSvgText(head: Uint8Array): boolean {
  return looksLikeSvg(new TextDecoder('utf-8', { fatal: false }).decode(head));
}
