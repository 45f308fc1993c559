import { isSpanContextValid, trace } from '@opentelemetry/api';
import { randomBytes } from 'node:crypto';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getLogger } from '@/lib/log';
import { currentOperation } from '@/lib/operation-context';
import type { AiCallScope } from './ai-call-scope';
import { aiCalls } from './schema';

export type AiCallRecord = typeof aiCalls.$inferInsert;

/**
 * The trace a model call belongs to: the active OpenTelemetry span's trace (the request, or the
 * generation's span), else the operation's request id, else the generation's id written the way a
 * trace id is (32 hex digits), else a fresh one — every row has one, so the admin page can always
 * link to "this call and the ones made with it".
 */
export function currentTraceId(scope?: AiCallScope): string {
  const span = trace.getActiveSpan();
  if (span && isSpanContextValid(span.spanContext())) return span.spanContext().traceId;
  return currentOperation()?.requestId ?? scope?.generationId?.replaceAll('-', '') ?? randomBytes(16).toString('hex');
}

/** The host of a provider's base URL, for the record: never the path, query or credentials. */
export function endpointHost(baseURL: string | undefined): string {
  if (!baseURL) return 'api.openai.com';
  try {
    return new URL(baseURL).host;
  } catch {
    return 'invalid-url';
  }
}

/**
 * Writes model-call records on the privileged connection. Unsafe because it bypasses RLS: the
 * rows belong to many tenants and no request role may write ai_calls at all (the table has no
 * insert grant), so only this system writer can. The database sets account_id from project_id.
 */
export async function unsafeRecordAiCalls(rows: readonly AiCallRecord[]): Promise<void> {
  if (rows.length === 0) return;
  const db = await unsafeSystemDb('ai_calls is written only by the system, for every tenant (no API role may insert)');
  await db.insert(aiCalls).values([...rows]);
}

/**
 * Records the calls made in `scope`, and never fails the generation they belong to: a record
 * that cannot be written (database down, project deleted meanwhile) is logged and dropped.
 */
export async function recordAiCallsSafely(
  scope: AiCallScope,
  rows: readonly Omit<AiCallRecord, 'projectId' | 'generationId'>[],
): Promise<void> {
  try {
    await unsafeRecordAiCalls(rows.map((row) => ({ ...row, projectId: scope.projectId, generationId: scope.generationId ?? null })));
  } catch (error) {
    getLogger().warn(
      {
        kind: 'ai-call-record',
        projectId: scope.projectId,
        calls: rows.length,
        err: error instanceof Error ? error.message : String(error),
      },
      'ai call records not written',
    );
  }
}
