'use client';

import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { History } from 'lucide-react';
import { DataTable, type DataTableColumn } from '@/lib/ui/data-table';
import { EmptyState } from '@/lib/ui/empty-state';

export type AuditRow = {
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

/** Audit entries, newest first; sortable by time and action, paged. */
export function AuditTable({ rows, headingLevel = 'h2' }: { rows: AuditRow[]; headingLevel?: 'h2' | 'h3' }) {
  const t = useTranslations('admin');
  const columns = useMemo<Array<DataTableColumn<AuditRow>>>(() => {
    // Field names and values are the database's own (what changed, exactly); the framing is translated.
    const describe = (details: Record<string, unknown>): string => {
      const changes = details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
      const parts = changes ? Object.entries(changes).map(([k, v]) => `${k}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`) : [];
      if (details.reason) parts.push(t('reason', { reason: String(details.reason) }));
      if (details.impersonating) parts.unshift(t('whileImpersonating'));
      return parts.join('; ');
    };
    return [
      {
        accessorKey: 'occurredAt',
        header: t('when'),
        sortFn: 'datetime',
        cell: ({ row }) => t('occurredAt', { date: row.original.occurredAt }),
        meta: { className: 'whitespace-nowrap' },
      },
      { accessorKey: 'action', header: t('action'), sortFn: 'alphanumeric', meta: { className: 'font-mono text-xs' } },
      {
        id: 'actor',
        accessorFn: (row) => row.actorEmail ?? row.actorId ?? '—',
        header: t('actor'),
        enableSorting: false,
        meta: { className: 'break-all' },
      },
      {
        id: 'subject',
        accessorFn: (row) => row.subjectEmail ?? row.subjectId ?? '—',
        header: t('subject'),
        enableSorting: false,
        meta: { className: 'break-all' },
      },
      {
        id: 'details',
        accessorFn: (row) => describe(row.details),
        header: t('details'),
        enableSorting: false,
        meta: { className: 'break-all text-xs text-muted' },
      },
    ];
  }, [t]);
  if (rows.length === 0) return <EmptyState icon={History} title={t('auditEmpty')} headingLevel={headingLevel} />;
  return (
    <DataTable
      columns={columns}
      data={rows}
      pageSize={50}
      getRowId={(row) => String(row.id)}
      data-testid="audit-table"
      caption={t('auditTitle')}
    />
  );
}
