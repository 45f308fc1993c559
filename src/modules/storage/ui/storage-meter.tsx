import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Progress } from '@/lib/ui/progress';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { formatBytes } from './format-bytes';

export type StorageMeterView = { used: number; limit: number | null; fileLimit: number | null; tier: string };

/**
 * "3.2 GB of 5 GB", from the same sum the database checks when it reserves an upload (files plus
 * uploads in progress), the per-file limit, and — near or at the limit — what happens next.
 */
export async function StorageMeter({ storage }: { storage: StorageMeterView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const used = formatBytes(format, storage.used);
  const percent = storage.limit ? Math.min(100, Math.round((storage.used / storage.limit) * 100)) : 0;
  const isFull = storage.limit !== null && storage.used >= storage.limit;
  const tier = t('tier.name', { tier: storage.tier });
  return (
    <section aria-labelledby="storage-meter" className="space-y-2 rounded-2xl border border-gray-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="storage-meter" className="font-semibold" data-testid="storage-usage">
          {storage.limit === null
            ? t('files.usageUnlimited', { used })
            : t('files.usage', { used, limit: formatBytes(format, storage.limit) })}
        </h2>
        {storage.fileLimit !== null ? (
          <p className="text-sm text-muted">{t('files.fileLimit', { size: formatBytes(format, storage.fileLimit), tier })}</p>
        ) : null}
      </div>
      {storage.limit !== null ? <Progress value={percent} aria-label={t('files.usageLabel', { percent })} /> : null}
      {isFull ? (
        <Alert variant="warning" role="note" data-testid="storage-full">
          <AlertDescription>{t('files.atLimit')}</AlertDescription>
          <AlertActions>
            <UpgradeLink limit="storage" />
          </AlertActions>
        </Alert>
      ) : percent >= 90 ? (
        <p className="text-sm font-medium text-amber-800">{t('files.nearLimit')}</p>
      ) : null}
    </section>
  );
}
