import { fileIdOf } from './file-ref';
import type { SiteDocument } from './site-document-schema';

/** Every file id the document references as `file:<id>`, anywhere (slots, cards, avatars…), sorted. */
export function listFileIds(document: SiteDocument): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const id = fileIdOf(value);
      if (id) ids.add(id);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // Texts are prose, not references: a caption that quotes "file:…" is not a photo.
  walk({ ...document, i18n: undefined });
  return [...ids].sort();
}
