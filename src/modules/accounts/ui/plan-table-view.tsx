'use client';

import { Check } from 'lucide-react';
import { Badge } from '@/lib/ui/badge';
import { cn } from '@/lib/ui/cn';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';

/** The plan table's text, already translated and formatted on the server (plan-table.tsx). */
export type PlanTableModel = {
  limitsLabel: string;
  currentLabel: string;
  /** "Price" and each plan's price, when the table shows prices. */
  priceLabel?: string;
  plans: Array<{ tier: string; name: string; isCurrent: boolean; price?: string }>;
  /** One row per limit: its label and its value per plan, in the order of `plans`. */
  rows: Array<{ label: string; values: string[] }>;
};

// A client component for a size reason, not for interaction: a server component's markup travels
// twice, as HTML and again as the React Server Components payload, and the two layouts below (cards
// and table) drew the same numbers ~70 times over. Sent as this model, the payload carries the
// text once (~1.5 KB instead of ~16 KB of the landing page's HTML, issue 37); the HTML is the same.
export function PlanTableView({ model }: { model: PlanTableModel }) {
  const { plans, rows, priceLabel } = model;
  // The plan's name, and "Current" beside the reader's own: the card's and the column's title.
  const planTitle = (plan: PlanTableModel['plans'][number]) => (
    <>
      {plan.name}
      {plan.isCurrent ? (
        <Badge variant="brand">
          <Check aria-hidden="true" />
          {model.currentLabel}
        </Badge>
      ) : null}
    </>
  );
  return (
    <>
      {/* On a phone the plans' columns do not fit: one card per plan, its limits as a list (the same
          rows), instead of a table clipped at the screen's edge. */}
      <ul className="grid gap-3 sm:hidden" data-testid="plan-cards">
        {plans.map((plan, column) => (
          <li
            key={plan.tier}
            aria-current={plan.isCurrent ? 'true' : undefined}
            className={cn('rounded-2xl border bg-white p-4', plan.isCurrent ? 'border-brand-500 ring-1 ring-brand-500' : 'border-gray-200')}
          >
            <h3 className="flex flex-wrap items-center gap-2 font-semibold">{planTitle(plan)}</h3>
            {priceLabel ? (
              <p className="mt-1 font-semibold tabular-nums" data-testid="plan-price">
                {plan.price}
              </p>
            ) : null}
            <dl className="mt-2 divide-y divide-gray-100 text-sm">
              {rows.map((row) => (
                <div key={row.label} className="flex justify-between gap-3 py-1.5">
                  <dt className="text-muted">{row.label}</dt>
                  <dd className="text-right font-medium tabular-nums">{row.values[column]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <Table style={{ minWidth: 560 }} containerClassName="hidden sm:block">
        <TableHeader>
          <TableRow>
            <TableHead>
              <span className="sr-only">{model.limitsLabel}</span>
            </TableHead>
            {plans.map((plan) => (
              <TableHead
                key={plan.tier}
                aria-current={plan.isCurrent ? 'true' : undefined}
                className={plan.isCurrent ? 'text-brand-700' : undefined}
              >
                <span className="flex flex-wrap items-center gap-2">{planTitle(plan)}</span>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {priceLabel ? (
            <TableRow data-testid="plan-prices">
              <TableHead scope="row" className="font-medium">
                {priceLabel}
              </TableHead>
              {plans.map((plan) => (
                <TableCell key={plan.tier} className="font-semibold whitespace-nowrap tabular-nums">
                  {plan.price}
                </TableCell>
              ))}
            </TableRow>
          ) : null}
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableHead scope="row" className="font-medium">
                {row.label}
              </TableHead>
              {plans.map((plan, column) => (
                <TableCell key={plan.tier} className="tabular-nums">
                  {row.values[column]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
