import * as React from 'react';
import { cn } from './cn';

/** "Skip to content": the first stop for keyboard users, visible only when focused. */
export function SkipLink({ href = '#main', className, ...props }: React.ComponentProps<'a'>) {
  return (
    <a
      href={href}
      className={cn(
        'sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:p-3 focus:shadow',
        className,
      )}
      {...props}
    />
  );
}
