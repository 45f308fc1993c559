import { z } from 'zod';
import { localeSchema, pageSlugSchema, sectionIdSchema } from '@/modules/document/primitives';
import { themeSchema } from '@/modules/document/theme';

// Edits are operations on the site document, addressed by page slug and section id (never by
// array position alone), so an operation still means the same thing after other edits moved
// sections around — what "reload my changes on top of theirs" relies on. Every operation has an
// exact inverse (apply-edit.ts returns it), which is all undo needs.

/** A path inside a section or a list item: property names and array indexes. */
const fieldPathSchema = z
  .array(z.union([z.string().min(1).max(60), z.number().int().min(0).max(200)]))
  .min(1)
  .max(8);

/** Texts to add alongside new keys: `{ en: { 'menu.items.3.name': 'Bagel' } }`. */
const stringsSchema = z.record(localeSchema, z.record(z.string().max(120), z.string().max(5000)));

const sectionTarget = { page: pageSlugSchema, sectionId: sectionIdSchema };

export const editOperationSchema = z.discriminatedUnion('op', [
  /** A text of the site in one language; `null` removes it (the inverse of adding one). */
  z.object({ op: z.literal('set-text'), locale: localeSchema, key: z.string().min(1).max(120), value: z.string().max(5000).nullable() }),
  /** Any non-text field of a section (variant, link target, hidden…); no `value` removes an optional field. */
  z.object({ op: z.literal('set-field'), ...sectionTarget, path: fieldPathSchema, value: z.unknown().optional() }),
  z.object({ op: z.literal('move-section'), ...sectionTarget, toIndex: z.number().int().min(0).max(200) }),
  z.object({
    op: z.literal('insert-section'),
    page: pageSlugSchema,
    index: z.number().int().min(0).max(200),
    section: z.record(z.string(), z.unknown()),
    strings: stringsSchema,
  }),
  /** `dropStrings` removes texts that only the removed section used (set when undoing an insert). */
  z.object({ op: z.literal('remove-section'), ...sectionTarget, dropStrings: z.array(z.string().max(120)).max(2000).optional() }),
  z.object({
    op: z.literal('insert-item'),
    ...sectionTarget,
    path: fieldPathSchema,
    index: z.number().int().min(0).max(200),
    item: z.unknown(),
    strings: stringsSchema,
  }),
  z.object({
    op: z.literal('remove-item'),
    ...sectionTarget,
    path: fieldPathSchema,
    index: z.number().int().min(0).max(200),
    dropStrings: z.array(z.string().max(120)).max(2000).optional(),
  }),
  z.object({
    op: z.literal('move-item'),
    ...sectionTarget,
    path: fieldPathSchema,
    from: z.number().int().min(0).max(200),
    to: z.number().int().min(0).max(200),
  }),
  z.object({ op: z.literal('set-theme'), theme: themeSchema }),
  /** A page or blog post with its texts; its inverse is remove-page. */
  z.object({
    op: z.literal('insert-page'),
    index: z.number().int().min(0).max(200),
    page: z.record(z.string(), z.unknown()),
    strings: stringsSchema,
  }),
  /** `dropStrings` removes texts only the removed page used (always sent by the editor, so nothing is left behind). */
  z.object({ op: z.literal('remove-page'), page: pageSlugSchema, dropStrings: z.array(z.string().max(120)).max(2000).optional() }),
  /**
   * A page's own field: its slug (rename), social image, post date or cover; a `…Key` field only
   * while it is added (absent before) or removed, so a text is never re-pointed.
   */
  z.object({ op: z.literal('set-page-field'), page: pageSlugSchema, path: fieldPathSchema, value: z.unknown().optional() }),
  /** The site's name, logo, icon, SEO and header links (`path` starts with "site", "seo" or "navigation"); `…Key` fields as for set-page-field. */
  z.object({ op: z.literal('set-site-field'), path: fieldPathSchema, value: z.unknown().optional() }),
  /** The whole document at once (restoring a named version); its inverse restores the one it replaced. */
  z.object({ op: z.literal('replace-document'), document: z.record(z.string(), z.unknown()) }),
  /** Several operations as one step (one undo), e.g. a duplicated section and its texts. */
  z.object({ op: z.literal('batch'), ops: z.array(z.lazy((): z.ZodType<EditOperation> => editOperationSchema)).max(50) }),
]);

// Named in the global registry (the schema itself, not a copy), so the public API's OpenAPI
// document (api/openapi-document.ts) shows one recursive `EditOperation` where `batch` nests
// operations, rather than an anonymous schema.
z.globalRegistry.add(editOperationSchema, { id: 'EditOperation' });

export type EditOperation =
  | { op: 'set-text'; locale: string; key: string; value: string | null }
  | { op: 'set-field'; page: string; sectionId: string; path: (string | number)[]; value?: unknown }
  | { op: 'move-section'; page: string; sectionId: string; toIndex: number }
  | { op: 'insert-section'; page: string; index: number; section: Record<string, unknown>; strings: Record<string, Record<string, string>> }
  | { op: 'remove-section'; page: string; sectionId: string; dropStrings?: string[] }
  | {
      op: 'insert-item';
      page: string;
      sectionId: string;
      path: (string | number)[];
      index: number;
      item: unknown;
      strings: Record<string, Record<string, string>>;
    }
  | { op: 'remove-item'; page: string; sectionId: string; path: (string | number)[]; index: number; dropStrings?: string[] }
  | { op: 'move-item'; page: string; sectionId: string; path: (string | number)[]; from: number; to: number }
  | { op: 'set-theme'; theme: z.infer<typeof themeSchema> }
  | { op: 'insert-page'; index: number; page: Record<string, unknown>; strings: Record<string, Record<string, string>> }
  | { op: 'remove-page'; page: string; dropStrings?: string[] }
  | { op: 'set-page-field'; page: string; path: (string | number)[]; value?: unknown }
  | { op: 'set-site-field'; path: (string | number)[]; value?: unknown }
  | { op: 'replace-document'; document: Record<string, unknown> }
  | { op: 'batch'; ops: EditOperation[] };

/** Why an operation was refused: a code for programs and a catalog key for people. */
export type EditRefusal = {
  code: 'NOT_FOUND' | 'VALIDATION';
  key: 'errors.editor.targetMissing' | 'errors.editor.invalidEdit' | 'errors.editor.invalidEditNoReason' | 'errors.editor.protectedField';
  reason?: string;
};
