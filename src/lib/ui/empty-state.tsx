import * as React from 'react';
import type { LucideIcon } from 'lucide-react';
import { cn } from './cn';

/**
 * An honest empty state: what will be here, and — when there is one — what to do next.
 * `headingLevel` keeps the page outline right (a page's only content uses h2 under its h1).
 */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  headingLevel = 'h2',
  className,
  ...props
}: Omit<React.ComponentProps<'div'>, 'title'> & {
  icon?: LucideIcon;
  title?: React.ReactNode;
  action?: React.ReactNode;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        'flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed border-gray-300 bg-white px-6 py-10 text-center',
        className,
      )}
      {...props}
    >
      {Icon ? (
        <span className="flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <Icon aria-hidden="true" className="size-6" />
        </span>
      ) : null}
      {title ? <Heading className="text-lg font-semibold text-ink">{title}</Heading> : null}
      {children ? <div className="mx-auto max-w-md text-muted">{children}</div> : null}
      {action ? <div className="mt-1 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
