import * as React from 'react';
import { ChevronDown } from 'lucide-react';
import { cn } from './cn';
import { fieldControlClass } from './input';

/**
 * A styled native <select>. Preferred over the Radix Select for form fields: it works before
 * hydration and without JavaScript (server-action forms), and phones show their own picker.
 */
export function NativeSelect({ className, children, ...props }: React.ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select data-slot="native-select" className={cn(fieldControlClass, 'appearance-none pr-10', className)} {...props}>
        {children}
      </select>
      <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted" />
    </div>
  );
}
