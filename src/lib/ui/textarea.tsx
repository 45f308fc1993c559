import * as React from 'react';
import { cn } from './cn';
import { fieldControlClass } from './input';

export function Textarea({ className, ...props }: React.ComponentProps<'textarea'>) {
  return <textarea data-slot="textarea" className={cn(fieldControlClass, 'min-h-24 resize-y', className)} {...props} />;
}
