import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { fileRefOf } from '@/modules/document/file-ref';
import { imageCreditSchema, localeSchema } from '@/modules/document/primitives';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { setSlotImage } from '@/modules/document/set-slot-image';
import { findOwnPhotos } from '@/modules/storage/find-own-photos';
import { getDraft } from './get-draft';
import { saveSiteVersion } from './save-site-version';

export const setDraftPhotoInput = z.object({
  projectId: z.uuid(),
  /** A slot id from listImageSlots ('logo', '0/hero/image', '0/gallery/items/+', …). */
  slotId: z
    .string()
    .max(100)
    .regex(/^(logo|icon|social|\d{1,3}\/(cover|[a-z][a-z0-9-]*\/(image|items\/(\d{1,2}|\+)|members\/\d{1,2})))$/),
  fileId: z.uuid(),
  /** Required: a picture without alt text is a blocking pre-publish error anyway. */
  alt: z.string().trim().min(1).max(250),
  locale: localeSchema,
  /**
   * Who to credit, for a stock photo the picker copied into the person's Files: kept with the
   * picture so the live site credits it as the provider requires. The schema only lets it link
   * to the provider's own pages; the editor's section picker keeps a credit the same way.
   */
  credit: imageCreditSchema.optional(),
});

/**
 * Puts one of the caller's photos into an image slot of the project's draft and saves it as a new
 * version. The photo must be the caller's own (storage's findOwnPhotos, under RLS): that check
 * is what stops a document from naming another client's file; the publish build checks again
 * against the project's owner.
 */
export async function setDraftPhoto(claims: VerifiedClaims, raw: z.input<typeof setDraftPhotoInput>) {
  const input = setDraftPhotoInput.parse(raw);
  const draft = await getDraft(claims, { projectId: input.projectId });
  if (!draft) throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
  const photo = (await findOwnPhotos(claims, { ids: [input.fileId] })).get(input.fileId);
  if (!photo) throw new AppError('NOT_FOUND', 'errors.generate.photoNotFound');
  const parsed = parseSiteDocument(draft.document);
  if (!parsed.ok) throw new AppError('VALIDATION', 'errors.generate.saveInvalidDocument');
  const locale = parsed.document.i18n.locales.includes(input.locale) ? input.locale : parsed.document.i18n.defaultLocale;
  const document = setSlotImage(
    parsed.document,
    input.slotId,
    { src: fileRefOf(photo.id), width: photo.width, height: photo.height, ...(input.credit ? { credit: input.credit } : {}) },
    { locale, text: input.alt },
  );
  const saved = await saveSiteVersion(claims, { projectId: input.projectId, document, source: 'edit' });
  return { version: saved.version, document };
}
