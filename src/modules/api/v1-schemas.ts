import { z } from 'zod';
import { leadPurposes } from '@/modules/document/lead-forms';

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
export const projectIdParams = z.object({ id: z.uuid() }).strict();

const isoDate = z.iso.datetime({ offset: true });

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

const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' });
export const projectListSchema = z.object({ data: z.array(projectSchema), next_cursor: nextCursor }).meta({ id: 'ProjectList' });
export const leadListSchema = z.object({ data: z.array(leadSchema), next_cursor: nextCursor }).meta({ id: 'LeadList' });
