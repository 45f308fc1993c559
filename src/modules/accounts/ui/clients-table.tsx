'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/lib/ui/badge';
import { DataTable, type DataTableColumn } from '@/lib/ui/data-table';

export type ClientRow = {
  id: string;
  email: string;
  userType: string;
  tier: string;
  accountStatus: string;
  subscriptionStatus: string;
  projectCount: number;
  createdAt: Date;
};

/** Every client account (admins only; RLS decides who gets rows), sortable by any column. */
export function ClientsTable({ rows }: { rows: ClientRow[] }) {
  const t = useTranslations();
  // Stable between renders (TanStack Table recomputes its models when columns change).
  const columns = useMemo<Array<DataTableColumn<ClientRow>>>(
    () => [
      {
        accessorKey: 'email',
        header: t('admin.email'),
        sortFn: 'alphanumeric',
        cell: ({ row }) => (
          <Link className="font-medium break-all text-brand-700 underline" href={`/admin/clients/${row.original.id}`}>
            {row.original.email}
          </Link>
        ),
      },
      { accessorKey: 'userType', header: t('admin.type'), cell: ({ row }) => t('admin.userType', { type: row.original.userType }) },
      { accessorKey: 'tier', header: t('admin.tier'), cell: ({ row }) => t('tier.name', { tier: row.original.tier }) },
      {
        id: 'status',
        accessorFn: (row) => `${row.accountStatus} ${row.subscriptionStatus}`,
        header: t('admin.status'),
        cell: ({ row }) => (
          <span className="flex flex-wrap gap-1">
            <Badge variant={row.original.accountStatus === 'active' ? 'success' : 'danger'}>
              {t('admin.accountStatus', { status: row.original.accountStatus })}
            </Badge>
            <Badge
              variant={
                row.original.subscriptionStatus === 'past_due' || row.original.subscriptionStatus === 'unpaid' ? 'warning' : 'neutral'
              }
            >
              {t('admin.subscriptionStatus', { status: row.original.subscriptionStatus })}
            </Badge>
          </span>
        ),
      },
      { accessorKey: 'projectCount', header: t('admin.projects'), sortFn: 'basic', meta: { className: 'tabular-nums' } },
      {
        accessorKey: 'createdAt',
        header: t('admin.joined'),
        sortFn: 'datetime',
        cell: ({ row }) => t('admin.joinedDate', { date: row.original.createdAt }),
      },
    ],
    [t],
  );
  return <DataTable columns={columns} data={rows} getRowId={(row) => row.id} caption={t('admin.title')} />;
}
