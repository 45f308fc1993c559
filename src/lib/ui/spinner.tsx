import * as React from 'react';
import { LoaderCircle } from 'lucide-react';
import { cn } from './cn';

/** A spinning icon. Decorative unless given a `label` (then it is a status a screen reader reads). */
export function Spinner({ className, label, ...props }: React.ComponentProps<'svg'> & { label?: string }) {
  return (
    <LoaderCircle
      data-slot="spinner"
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={cn('size-4 animate-spin', className)}
      {...props}
    />
  );
}
