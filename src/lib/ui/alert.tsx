import * as React from 'react';
import { cva, type VariantProps } from 'class-variance-authority';
import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { cn } from './cn';

const alertVariants = cva('flex gap-3 rounded-xl border px-3 py-2.5 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0', {
  variants: {
    variant: {
      info: 'border-sky-200 bg-sky-50 text-sky-900',
      success: 'border-green-200 bg-green-50 text-green-900',
      warning: 'border-amber-200 bg-amber-50 text-amber-900',
      error: 'border-red-200 bg-red-50 text-red-800',
    },
  },
  defaultVariants: { variant: 'info' },
});

const ICONS = { info: Info, success: CircleCheck, warning: TriangleAlert, error: CircleAlert } as const;

type Variant = keyof typeof ICONS;

/**
 * A message box. Errors and warnings that appear in answer to something the person did are
 * announced (`role="alert"`); info and success are polite `status` updates. A `role` passed in
 * wins, e.g. `role="note"` for a notice that is simply part of the page.
 */
export function Alert({
  className,
  variant,
  role,
  icon = true,
  children,
  ...props
}: React.ComponentProps<'div'> & VariantProps<typeof alertVariants> & { icon?: boolean }) {
  const kind: Variant = variant ?? 'info';
  const Icon = ICONS[kind];
  const defaultRole = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
  return (
    <div
      data-slot="alert"
      role={role === undefined ? defaultRole : role}
      className={cn(alertVariants({ variant: kind }), className)}
      {...props}
    >
      {icon ? <Icon aria-hidden="true" /> : null}
      <div className="flex min-w-0 flex-1 flex-col gap-2">{children}</div>
    </div>
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<'p'>) {
  return <p data-slot="alert-title" className={cn('font-semibold', className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="alert-description" className={cn('min-w-0 break-words', className)} {...props} />;
}

/** Buttons or links of an alert ("Upgrade your plan"): stacked on phones, in a row otherwise. */
export function AlertActions({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="alert-actions" className={cn('flex flex-col gap-2 sm:flex-row sm:items-center', className)} {...props} />;
}
