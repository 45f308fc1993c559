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
  actorName: string | null;
  subjectEmail: string | null;
  subjectName: string | null;
};

type Person = { id: string | null; name: string | null; email: string | null };

/**
 * A person as an admin knows them: their name with their email under it, or the email alone;
 * never a UUID. No actor is the system itself (a job, a webhook); an id whose profile is gone is a
 * deleted account.
 */
function PersonCell({ person }: { person: Person }) {
  const t = useTranslations('admin');
  if (!person.id) return <span className="text-muted">{t('auditSystem')}</span>;
  if (!person.name && !person.email) return <span className="text-muted">{t('auditDeletedAccount')}</span>;
  return (
    <span className="flex flex-col">
      <span>{person.name ?? person.email}</span>
      {person.name && person.email ? <span className="text-xs text-muted">{person.email}</span> : null}
    </span>
  );
}

const actorOf = (row: AuditRow): Person => ({ id: row.actorId, name: row.actorName, email: row.actorEmail });
const subjectOf = (row: AuditRow): Person => ({ id: row.subjectId, name: row.subjectName, email: row.subjectEmail });

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
        accessorFn: (row) => row.actorName ?? row.actorEmail ?? '',
        header: t('actor'),
        enableSorting: false,
        cell: ({ row }) => <PersonCell person={actorOf(row.original)} />,
        meta: { className: 'break-words' },
      },
      {
        id: 'subject',
        accessorFn: (row) => row.subjectName ?? row.subjectEmail ?? '',
        header: t('subject'),
        enableSorting: false,
        cell: ({ row }) => <PersonCell person={subjectOf(row.original)} />,
        meta: { className: 'break-words' },
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
