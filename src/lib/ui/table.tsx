import * as React from 'react';
import { cn } from './cn';

/**
 * A table in a scroll box: wide tables scroll inside it instead of pushing the page sideways on phones.
 * The box is positioned so absolutely placed content inside the table (an `sr-only` column label)
 * is clipped by it too: otherwise such content sits at its place in the full-width table, outside
 * the box, and makes the whole page scroll sideways.
 */
export function Table({ className, containerClassName, ...props }: React.ComponentProps<'table'> & { containerClassName?: string }) {
  return (
    // Focusable so a keyboard can scroll a table wider than the phone (WCAG 2.1.1; axe's
    // scrollable-region-focusable).
    <div
      data-slot="table-container"
      tabIndex={0}
      className={cn(
        'relative w-full overflow-x-auto rounded-2xl border border-gray-200 bg-white focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-brand-200',
        containerClassName,
      )}
    >
      <table data-slot="table" className={cn('w-full text-left text-sm', className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<'thead'>) {
  return <thead data-slot="table-header" className={cn('bg-gray-50', className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentProps<'tbody'>) {
  return <tbody data-slot="table-body" className={className} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentProps<'tr'>) {
  return <tr data-slot="table-row" className={cn('border-t border-gray-100 first:border-t-0', className)} {...props} />;
}

export function TableHead({ className, scope = 'col', ...props }: React.ComponentProps<'th'>) {
  return <th data-slot="table-head" scope={scope} className={cn('p-3 font-semibold text-ink', className)} {...props} />;
}

export function TableCell({ className, ...props }: React.ComponentProps<'td'>) {
  return <td data-slot="table-cell" className={cn('p-3 align-top', className)} {...props} />;
}

export function TableCaption({ className, ...props }: React.ComponentProps<'caption'>) {
  return <caption data-slot="table-caption" className={cn('p-3 text-left text-sm text-muted', className)} {...props} />;
}
