'use client';

import * as React from 'react';
import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from './button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from './table';
import { cn } from './cn';

// TanStack Table v9 registers features explicitly: sorting and paging are all our tables use.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, datetime: sortFn_datetime, basic: sortFn_basic },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

export type DataTableColumn<TData extends RowData> = ColumnDef<typeof dataTableFeatures, TData> & {
  meta?: { className?: string; headerClassName?: string };
};

/**
 * A sortable, paged table on TanStack Table. Sorting is a button in the column header (named by
 * the header text) with `aria-sort` on the header cell; paging appears only past one page.
 * Rows come from the server already filtered by RLS; this only orders and pages them.
 */
export function DataTable<TData extends RowData>({
  columns,
  data,
  pageSize = 25,
  minWidth = 640,
  getRowId,
  caption,
  ...props
}: Omit<React.ComponentProps<'table'>, 'children'> & {
  columns: Array<DataTableColumn<TData>>;
  data: TData[];
  pageSize?: number;
  /** Below this width the table scrolls inside its box (phones). */
  minWidth?: number;
  getRowId?: (row: TData) => string;
  caption?: React.ReactNode;
}) {
  const t = useTranslations('ui.dataTable');
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    initialState: { pagination: { pageIndex: 0, pageSize } },
    ...(getRowId ? { getRowId: (row: TData) => getRowId(row) } : {}),
  });
  const pageCount = table.getPageCount();
  const pageIndex = table.state.pagination.pageIndex;

  return (
    <div className="space-y-3">
      <Table style={{ minWidth }} {...props}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const meta = (header.column.columnDef as DataTableColumn<TData>).meta;
                return (
                  <TableHead
                    key={header.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={cn(header.column.getCanSort() && 'p-1', meta?.headerClassName)}
                  >
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 font-semibold hover:bg-gray-100"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        {sorted === 'asc' ? (
                          <ArrowUp aria-hidden="true" className="size-4" />
                        ) : sorted === 'desc' ? (
                          <ArrowDown aria-hidden="true" className="size-4" />
                        ) : (
                          <ArrowUpDown aria-hidden="true" className="size-4 text-gray-400" />
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id}>
              {row.getAllCells().map((cell) => (
                <TableCell key={cell.id} className={(cell.column.columnDef as DataTableColumn<TData>).meta?.className}>
                  <table.FlexRender cell={cell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pageCount > 1 ? (
        <nav aria-label={t('pagination')} className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p className="text-muted" aria-live="polite">
            {t('page', { page: pageIndex + 1, pages: pageCount })}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
              <ChevronLeft aria-hidden="true" />
              {t('previous')}
            </Button>
            <Button variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              {t('next')}
              <ChevronRight aria-hidden="true" />
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
