'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Eye } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import { revealOutboxMailAction } from '../admin-actions';

/**
 * A mail's text as the outbox shows it: link secrets masked, and — for a mail that carries one —
 * a button that asks for the full text, which the database writes to the audit log first.
 */
export function OutboxMailBody({ id, redacted, hasSecret }: { id: string; redacted: string | null; hasSecret: boolean }) {
  const t = useTranslations('admin');
  const [revealed, setRevealed] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const text = revealed ?? redacted;
  return (
    <div className="space-y-2">
      {text ? (
        <pre className="rounded-lg bg-gray-50 p-3 text-xs break-all whitespace-pre-wrap" data-testid="outbox-body">
          {text}
        </pre>
      ) : null}
      {hasSecret && revealed === null ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-busy={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await revealOutboxMailAction({ id });
                if (result.ok) setRevealed(result.data);
                else toast.error(result.error.message);
              })
            }
          >
            {pending ? <Spinner /> : <Eye aria-hidden="true" />}
            {t('outboxReveal')}
          </Button>
          <p className="text-xs text-muted">{t('outboxRevealHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
