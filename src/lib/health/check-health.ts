import { rowsOf } from '@/lib/db/rows-of';
import { sql } from 'drizzle-orm';
import { describeAdapters, type AdapterSummary } from '@/lib/env';
import { getDbHandle } from '@/lib/db/client';
import { reportError } from '@/lib/observability';

export type HealthReport = {
  status: 'ok' | 'degraded';
  database: { ok: boolean; engine?: string; latencyMs?: number; migrations?: number };
  adapters: AdapterSummary;
  time: string;
};

/** What /api/health reports: the database round-trip and which adapters are configured (never secrets). */
export async function checkHealth(): Promise<HealthReport> {
  const adapters = describeAdapters();
  const started = performance.now();
  try {
    const handle = await getDbHandle();
    const rows = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from supabase_migrations.schema_migrations`);
    const [first] = rowsOf<{ n: number }>(rows);
    return {
      status: 'ok',
      database: { ok: true, engine: handle.kind, latencyMs: Math.round(performance.now() - started), migrations: first?.n },
      adapters,
      time: new Date().toISOString(),
    };
  } catch (err) {
    reportError(err, { where: 'health' });
    return { status: 'degraded', database: { ok: false }, adapters, time: new Date().toISOString() };
  }
}
