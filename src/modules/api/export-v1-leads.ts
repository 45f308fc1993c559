import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { reportError } from '@/lib/observability';
import { listLeads } from '@/modules/host/list-leads';
import { csvRow, UTF8_BOM } from './csv-cell';
import type { exportLeadsQuery } from './v1-schemas';
import { V1Reply } from './v1-reply';
import { textStream } from './text-stream';

/** Leads read per query: host.listLeads's own ceiling, so each page is one short RLS transaction. */
export const EXPORT_PAGE_SIZE = 500;

const COLUMNS = [
  'id',
  'created_at',
  'project_id',
  'project_name',
  'kind',
  'name',
  'email',
  'phone',
  'message',
  'locale',
  'confirmed_at',
  'consented_at',
  'details',
] as const;

type Lead = Awaited<ReturnType<typeof listLeads>>[number];

const rowOf = (l: Lead) =>
  csvRow([
    l.id,
    l.createdAt.toISOString(),
    l.projectId,
    l.projectName,
    l.kind,
    l.name,
    l.email,
    l.phone,
    l.message,
    l.locale,
    l.confirmedAt?.toISOString() ?? null,
    l.consentedAt?.toISOString() ?? null,
    Object.keys(l.details).length > 0 ? JSON.stringify(l.details) : null,
  ]);

/**
 * GET /api/v1/leads/export: what GET /api/v1/leads shows with the same filters, all of it, as a
 * CSV file. Streamed a page at a time with the list's own keyset (host.listLeads, under RLS as
 * the key's owner), so memory stays flat however many leads there are, and each page is its own
 * short transaction. The first page is read before answering: a failure there is still a
 * problem document; a failure later breaks the transfer (the stream errors) rather than ending
 * it cleanly, so a cut file is never mistaken for a whole one.
 */
export async function exportV1Leads(
  claims: VerifiedClaims,
  query: z.infer<typeof exportLeadsQuery>,
  options: { pageSize?: number; now?: Date } = {},
): Promise<V1Reply> {
  const pageSize = Math.min(options.pageSize ?? EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE);
  const filters = { projectId: query.project, since: query.since ? new Date(query.since) : undefined };
  const first = await listLeads(claims, { ...filters, limit: pageSize });

  async function* chunks(): AsyncGenerator<string> {
    yield UTF8_BOM + csvRow(COLUMNS);
    let page = first;
    while (true) {
      yield page.map(rowOf).join('');
      const last = page.at(-1);
      if (page.length < pageSize || !last) return;
      page = await listLeads(claims, { ...filters, after: { at: last.cursorAt, id: last.id }, limit: pageSize });
    }
  }

  const stream = textStream(chunks(), (err) => {
    reportError(err, { where: 'api/leads-export' });
    return 'error';
  });
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  return new V1Reply(200, stream, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="leads-${day}.csv"`,
  });
}
