'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
import { Button } from '@/lib/ui/button';
import { FormError } from '@/lib/ui/form-status';
import { Spinner } from '@/lib/ui/spinner';
import { openBillingPortalAction } from '../actions';

/** Sends the person to a Stripe-hosted page (the Customer Portal) the action opened. */
function StripeButton({
  label,
  run,
  variant,
  testId,
}: {
  label: string;
  run: () => Promise<ActionResult<{ url: string }>>;
  variant?: 'primary' | 'secondary';
  testId: string;
}) {
  const t = useTranslations('billing');
  const [state, setState] = useState<ActionResult<{ url: string }> | null>(null);
  const [isPending, startTransition] = useTransition();
  const [isLeaving, setIsLeaving] = useState(false);
  const busy = isPending || isLeaving;
  return (
    <div className="w-full space-y-2 sm:w-auto">
      <Button
        type="button"
        variant={variant}
        className="w-full whitespace-normal sm:w-auto"
        disabled={busy}
        aria-busy={busy}
        data-testid={testId}
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            setState(result);
            if (result.ok) {
              setIsLeaving(true);
              window.location.assign(result.data.url);
            }
          })
        }
      >
        {busy ? <Spinner /> : null}
        {busy ? t('redirecting') : label}
      </Button>
      <FormError state={state} />
    </div>
  );
}

export function PortalButton({ label }: { label: string }) {
  return <StripeButton label={label} run={() => openBillingPortalAction({})} variant="secondary" testId="billing-portal" />;
}
