import * as React from 'react';
import { cn } from './cn';

export const fieldControlClass =
  'block min-h-11 w-full min-w-0 rounded-xl border border-gray-300 bg-white px-3 py-2 text-base text-ink placeholder:text-gray-500 focus-visible:border-brand-500 focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-brand-200 disabled:cursor-not-allowed disabled:bg-gray-50 disabled:opacity-70 aria-invalid:border-red-500 aria-invalid:ring-red-100';

export function Input({ className, type = 'text', ...props }: React.ComponentProps<'input'>) {
  return <input data-slot="input" type={type} className={cn(fieldControlClass, className)} {...props} />;
}
