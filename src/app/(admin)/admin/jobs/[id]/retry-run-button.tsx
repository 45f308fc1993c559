'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { RotateCcw } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Spinner } from '@/lib/ui/spinner';
import { toast } from '@/lib/ui/toaster';
import { retryJobRunAction } from '../actions';

export function RetryRunButton({ runId }: { runId: string }) {
  const t = useTranslations('admin.jobs');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryJobRunAction({ runId });
            if (!result.ok) {
              toast.error(result.error.message);
              return;
            }
            toast.success(t('retried'));
            router.push(`/admin/jobs/${result.data.runId}`);
          })
        }
      >
        {pending ? <Spinner /> : <RotateCcw aria-hidden="true" />}
        {t('retry')}
      </Button>
      <p className="max-w-xs text-xs text-muted">{t('retryHint')}</p>
    </div>
  );
}
