import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { listLeads } from '@/modules/host/list-leads';
import { decodeCursor, encodeCursor } from './cursor';
import type { leadListSchema, listLeadsQuery } from './v1-schemas';

/**
 * GET /api/v1/leads: leads of the key owner's sites (host.listLeads, under RLS), newest first,
 * filtered by project and time, keyset-paginated: one row more than the page tells whether
 * there is a next one.
 */
export async function listV1Leads(claims: VerifiedClaims, query: z.infer<typeof listLeadsQuery>): Promise<z.infer<typeof leadListSchema>> {
  const after = decodeCursor(query.cursor);
  const rows = await listLeads(claims, {
    projectId: query.project,
    since: query.since ? new Date(query.since) : undefined,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((l) => ({
      id: l.id,
      project_id: l.projectId,
      project_name: l.projectName,
      kind: l.kind,
      name: l.name,
      email: l.email,
      phone: l.phone,
      message: l.message,
      locale: l.locale,
      details: l.details,
      created_at: l.createdAt.toISOString(),
      confirmed_at: l.confirmedAt?.toISOString() ?? null,
      consented_at: l.consentedAt?.toISOString() ?? null,
    })),
    next_cursor: rows.length > query.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}
