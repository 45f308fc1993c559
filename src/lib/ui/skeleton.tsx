import * as React from 'react';
import { cn } from './cn';

/** A placeholder shape while content loads; hidden from assistive technology (say "loading" elsewhere). */
export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="skeleton" aria-hidden="true" className={cn('animate-pulse rounded-xl bg-gray-200', className)} {...props} />;
}
