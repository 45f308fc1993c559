'use client';

import * as React from 'react';
import { Dialog as SheetPrimitive } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { X } from 'lucide-react';
import { cn } from './cn';
import { overlayClass } from './dialog';

// A panel sliding in from an edge (navigation on phones, side forms). A Radix Dialog underneath:
// focus is trapped while open and returns to the trigger on close.
export const Sheet = SheetPrimitive.Root;
export const SheetTrigger = SheetPrimitive.Trigger;
export const SheetClose = SheetPrimitive.Close;

const sheetVariants = cva('fixed z-50 flex flex-col gap-4 overflow-y-auto bg-white p-6 shadow-xl', {
  variants: {
    side: {
      right: 'inset-y-0 right-0 h-full w-[min(22rem,calc(100%-3rem))] border-l border-gray-200',
      left: 'inset-y-0 left-0 h-full w-[min(22rem,calc(100%-3rem))] border-r border-gray-200',
      bottom: 'inset-x-0 bottom-0 max-h-[85dvh] rounded-t-2xl border-t border-gray-200',
    },
  },
  defaultVariants: { side: 'right' },
});

export function SheetContent({
  className,
  children,
  side,
  closeLabel,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Content> & VariantProps<typeof sheetVariants> & { closeLabel: string }) {
  return (
    <SheetPrimitive.Portal>
      <SheetPrimitive.Overlay className={overlayClass} />
      <SheetPrimitive.Content data-slot="sheet-content" className={cn(sheetVariants({ side }), className)} {...props}>
        {children}
        <SheetPrimitive.Close className="absolute top-2 right-2 flex size-11 items-center justify-center rounded-xl text-muted hover:bg-gray-100">
          <X aria-hidden="true" className="size-5" />
          <span className="sr-only">{closeLabel}</span>
        </SheetPrimitive.Close>
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

export function SheetTitle({ className, ...props }: React.ComponentProps<typeof SheetPrimitive.Title>) {
  return <SheetPrimitive.Title className={cn('pr-10 text-lg font-semibold', className)} {...props} />;
}

export function SheetDescription({ className, ...props }: React.ComponentProps<typeof SheetPrimitive.Description>) {
  return <SheetPrimitive.Description className={cn('text-sm text-muted', className)} {...props} />;
}
