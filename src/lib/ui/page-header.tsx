import * as React from 'react';
import { cn } from './cn';

/** The top of a page: its one h1, an optional line under it, and actions or a summary on the right. */
export function PageHeader({
  title,
  description,
  eyebrow,
  actions,
  className,
  ...props
}: Omit<React.ComponentProps<'div'>, 'title'> & {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A short line above the title ("Site studio"). */
  eyebrow?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div data-slot="page-header" className={cn('flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between', className)} {...props}>
      <div className="min-w-0 space-y-1">
        {eyebrow ? <p className="text-sm font-semibold text-brand-700">{eyebrow}</p> : null}
        <h1 className="text-2xl font-bold break-words">{title}</h1>
        {description ? <p className="text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex min-w-0 flex-wrap items-center gap-2 sm:justify-end">{actions}</div> : null}
    </div>
  );
}
