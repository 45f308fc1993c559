'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormError } from '@/lib/ui/form-status';
import { useRequestAnalysis } from './use-request-analysis';

/** "Try again": the same URL through the analyze form's action (same checks and limits), then its page. */
export function RetryAnalysisButton({ url }: { url: string }) {
  const t = useTranslations('analyzer.failedPage');
  const [state, action, pending] = useRequestAnalysis();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="url" value={url} />
      <FormError state={state} />
      <Button type="submit" size="lg" disabled={pending || state?.ok} className="w-full sm:w-auto">
        {pending || state?.ok ? t('retrying') : t('retry')}
      </Button>
    </form>
  );
}
