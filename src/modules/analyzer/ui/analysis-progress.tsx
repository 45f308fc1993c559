import { useTranslations } from 'next-intl';
import { Card } from '@/lib/ui/card';
import { Progress } from '@/lib/ui/progress';
import type { AnalysisStatus } from '../schema';

const STEPS = ['queued', 'loading', 'measuring', 'scoring'] as const;
export type ProgressStatus = (typeof STEPS)[number];

export function isInProgress(status: AnalysisStatus): status is ProgressStatus {
  return (STEPS as readonly AnalysisStatus[]).includes(status);
}

/**
 * An analysis not finished yet: how many are ahead of it while it waits in line, else the stage
 * it is in, and a bar that moves with each stage. The page polls and renders it again.
 */
export function AnalysisProgress({ status, queuePosition }: { status: ProgressStatus; queuePosition: number }) {
  const t = useTranslations('analyzer');
  const step = STEPS.indexOf(status);
  return (
    <Card className="space-y-3" aria-live="polite">
      <p className="font-semibold">
        {status === 'queued' && queuePosition > 0 ? t('queuedBehind', { count: queuePosition }) : t('stageText', { stage: status })}
      </p>
      <Progress value={((step + 1) / (STEPS.length + 1)) * 100} aria-label={t('progressLabel')} />
    </Card>
  );
}
