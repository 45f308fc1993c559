import { z } from 'zod';
import { leadPurposes } from '@/modules/document/lead-forms';
import { siteDocumentSchema } from '@/modules/document/site-document-schema';
import { saveDraftEditsInput } from '@/modules/editor/save-draft-edits';
import { projectNameSchema, slugSchema } from '@/modules/projects/project-input';

/**
 * The wire shapes of /api/v1 (snake_case, ISO dates). The OpenAPI document is generated from
 * these (openapi-document.ts), and the routes parse their query with them, so the document cannot
 * drift from what the routes accept.
 */

const PAGE_LIMIT_MAX = 100;

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(50)
    .meta({ description: `Page size, at most ${PAGE_LIMIT_MAX}.` }),
  cursor: z.string().max(200).optional().meta({ description: 'The `next_cursor` of the previous page (opaque).' }),
};

export const listProjectsQuery = z.object(pageQuery).strict();
export const listLeadsQuery = z
  .object({
    ...pageQuery,
    project: z.uuid().optional().meta({ description: 'Only leads of this project.' }),
    since: z.iso.datetime({ offset: true }).optional().meta({ description: 'Only leads received at or after this moment (RFC 3339).' }),
  })
  .strict();
/** The list's filters, as an export: no page, the whole selection. */
export const exportLeadsQuery = z
  .object({
    format: z
      .enum(['csv'])
      .default('csv')
      .meta({ description: 'The file format. CSV (UTF-8 with a byte order mark, for Excel) is the one there is.' }),
    project: listLeadsQuery.shape.project,
    since: listLeadsQuery.shape.since,
  })
  .strict();
export const leadsCsvSchema = z.string().meta({
  id: 'LeadsCsv',
  description:
    "RFC 4180 CSV in UTF-8 with a byte order mark, CRLF line ends, a header row, then one lead per row, newest first. Columns: id, created_at, project_id, project_name, kind, name, email, phone, message, locale, confirmed_at, consented_at, details (the form's other fields as JSON). A cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' so spreadsheets never run it as a formula.",
});
export const projectIdParams = z.object({ id: z.uuid() }).strict();

export const isoDate = z.iso.datetime({ offset: true });

export const projectSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    role: z.string().meta({ description: "The key owner's role in the project (owner, editor, viewer)." }),
    created_at: isoDate,
    updated_at: isoDate,
  })
  .meta({ id: 'Project' });

export const leadSchema = z
  .object({
    id: z.uuid(),
    project_id: z.uuid(),
    project_name: z.string(),
    kind: z.enum(leadPurposes),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    message: z.string().nullable(),
    locale: z.string().nullable(),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: "The form's other fields (field name → value or question and answer)." }),
    created_at: isoDate,
    confirmed_at: isoDate.nullable(),
    consented_at: isoDate.nullable(),
  })
  .meta({ id: 'Lead' });

export const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' });
export const projectListSchema = z.object({ data: z.array(projectSchema), next_cursor: nextCursor }).meta({ id: 'ProjectList' });
export const leadListSchema = z.object({ data: z.array(leadSchema), next_cursor: nextCursor }).meta({ id: 'LeadList' });

// --- Writes (issue 36, point 2). The bodies reuse the app's own schemas: a project's name and
// slug as the dashboard's form checks them, the editor's typed edit operations as its autosave
// sends them; strict, so an unknown field is a 400 naming it.

/** Longest `Idempotency-Key` kept (the SQL check on api_idempotency_keys says the same). */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

export const idempotencyKeyHeader = z.object({
  'Idempotency-Key': z.string().min(1).max(IDEMPOTENCY_KEY_MAX_LENGTH).optional().meta({
    description:
      'Any unique string (a UUID): a retry with the same key and the same body gets the first response again (`Idempotent-Replayed: true`) instead of a second effect, for 24 hours. The same key with another body is a 422; while the first request runs, a 409.',
  }),
});

export const ifMatchHeader = z.object({
  'If-Match': z.string().min(1).meta({
    description: 'The `ETag` of the draft the edits were made on. Missing: 428; not the current draft any more: 412 (read it again).',
  }),
});

export const createProjectBody = z
  .object({
    name: projectNameSchema,
    slug: slugSchema.optional().meta({ description: 'The site address (`<slug>.…`); derived from the name when left out.' }),
  })
  .strict()
  .meta({ id: 'ProjectCreate' });

export const patchDraftBody = z
  .object({ ops: saveDraftEditsInput.shape.ops })
  .strict()
  .meta({ id: 'DraftPatch', description: "The editor's typed edit operations, applied in order on the draft If-Match names." });

const draftVersion = z.number().int().min(1).meta({ description: 'Grows by one with every save; the `ETag` names it.' });

export const draftSchema = z
  .object({
    project_id: z.uuid(),
    version: draftVersion,
    updated_at: isoDate.meta({ description: 'When this version was saved.' }),
    document: siteDocumentSchema.meta({
      id: 'SiteDocument',
      description: 'The site document: pages, sections, theme, texts per language, SEO.',
    }),
  })
  .meta({ id: 'Draft' });

export const draftSavedSchema = z.object({ project_id: z.uuid(), version: draftVersion, updated_at: isoDate }).meta({ id: 'DraftSaved' });
