import * as React from 'react';
import { Slot } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from './cn';

// Every size keeps a 44 px hit area (WCAG 2.5.5) except `sm`, meant for dense lists on desktop.
export const buttonVariants = cva(
  'inline-flex shrink-0 items-center justify-center gap-2 rounded-xl text-sm font-semibold whitespace-nowrap transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:pointer-events-none disabled:opacity-60 aria-disabled:pointer-events-none aria-disabled:opacity-60 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*=size-])]:size-4',
  {
    variants: {
      variant: {
        primary: 'bg-brand-600 text-white hover:bg-brand-700',
        secondary: 'border border-gray-300 bg-white text-ink hover:bg-gray-50',
        danger: 'border border-red-200 bg-white text-red-700 hover:bg-red-50',
        destructive: 'bg-red-700 text-white hover:bg-red-800',
        ghost: 'text-muted hover:bg-gray-100 hover:text-ink',
        // Two-state buttons (aria-pressed) in a group: language or device pickers.
        toggle:
          'text-muted hover:bg-gray-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-900 aria-[current=true]:bg-brand-100 aria-[current=true]:text-brand-900',
        chip: 'rounded-full border border-brand-200 bg-brand-50 font-medium text-brand-900 hover:bg-brand-100',
        link: 'min-h-0 px-0 text-brand-700 underline underline-offset-4 hover:text-brand-900',
      },
      size: {
        default: 'min-h-11 px-4 py-2',
        lg: 'min-h-12 px-6 py-2 text-base',
        sm: 'min-h-9 px-3 py-1',
        icon: 'size-11',
        compact: 'min-h-11 min-w-11 px-2',
      },
    },
    compoundVariants: [{ variant: 'link', className: 'min-h-0 px-0 py-0' }],
    defaultVariants: { variant: 'primary', size: 'default' },
  },
);

export type ButtonProps = React.ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Render the child element (a link) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : 'button';
  return (
    <Comp
      data-slot="button"
      className={cn(buttonVariants({ variant, size }), className)}
      // A bare <button> in a form submits it; say so only when asked.
      {...(asChild ? {} : { type: type ?? 'button' })}
      {...props}
    />
  );
}
