import type { Locale, Translate } from '@/lib/i18n/translate';
import { formatDate } from '@/lib/i18n/translate';

type Row = {
  id: number;
  occurredAt: Date;
  action: string;
  targetId: string | null;
  details: Record<string, unknown>;
  actorId: string | null;
  subjectId: string | null;
  actorEmail: string | null;
  subjectEmail: string | null;
};

function describeChanges(details: Record<string, unknown>): string {
  const changes = details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  const parts = changes ? Object.entries(changes).map(([k, v]) => `${k}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`) : [];
  if (details.reason) parts.push(`reason: ${String(details.reason)}`);
  if (details.impersonating) parts.unshift('while impersonating');
  return parts.join('; ');
}

export function AuditTable({ rows, t, locale }: { rows: Row[]; t: Translate; locale: Locale }) {
  if (rows.length === 0) return <p className="rounded-2xl border-2 border-dashed border-gray-300 p-8 text-center text-muted">{t('admin.auditEmpty')}</p>;
  return (
    <div className="overflow-x-auto rounded-2xl border border-gray-200 bg-white">
      <table className="w-full min-w-[640px] text-left text-sm" data-testid="audit-table">
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="p-3">{t('admin.when')}</th>
            <th scope="col" className="p-3">{t('admin.action')}</th>
            <th scope="col" className="p-3">{t('admin.actor')}</th>
            <th scope="col" className="p-3">{t('admin.subject')}</th>
            <th scope="col" className="p-3">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-gray-100 align-top">
              <td className="whitespace-nowrap p-3">{formatDate(r.occurredAt, locale, true)}</td>
              <td className="p-3 font-mono text-xs">{r.action}</td>
              <td className="break-all p-3">{r.actorEmail ?? r.actorId ?? '—'}</td>
              <td className="break-all p-3">{r.subjectEmail ?? r.subjectId ?? '—'}</td>
              <td className="break-all p-3 text-xs text-muted">{describeChanges(r.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
