'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { CircleCheck, RotateCcw, X } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Progress } from '@/lib/ui/progress';
import { cn } from '@/lib/ui/cn';
import { formatBytes } from './format-bytes';
import type { UploadItem } from './use-uploads';

/** Each upload with its progress bar, what it is doing, and cancel / retry / remove. */
export function UploadQueue({
  items,
  onCancel,
  onRetry,
  onDismiss,
  onClearFinished,
}: {
  items: UploadItem[];
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
  onClearFinished: () => void;
}) {
  const t = useTranslations('files');
  const format = useFormatter();
  if (items.length === 0) return null;
  const hasFinished = items.some((item) => item.status === 'done' || item.status === 'cancelled');
  return (
    <section aria-labelledby="uploads-heading" className="space-y-2 rounded-2xl border border-gray-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="uploads-heading" className="font-semibold">
          {t('uploads')}
        </h2>
        {hasFinished ? (
          <Button variant="ghost" size="sm" onClick={onClearFinished}>
            {t('clearFinished')}
          </Button>
        ) : null}
      </div>
      <ul className="divide-y divide-gray-100">
        {items.map((item) => {
          const percent = item.size > 0 ? Math.round((item.loaded / item.size) * 100) : 0;
          const isActive =
            item.status === 'queued' || item.status === 'starting' || item.status === 'uploading' || item.status === 'finishing';
          return (
            <li key={item.key} className="flex items-center gap-2 py-2" data-testid="upload-item" data-status={item.status}>
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex items-baseline justify-between gap-2">
                  <p className="truncate text-sm font-medium">{item.name}</p>
                  <p
                    className={cn(
                      'shrink-0 text-xs',
                      item.status === 'failed' ? 'text-red-700' : item.status === 'done' ? 'text-green-800' : 'text-muted',
                    )}
                  >
                    {item.status === 'done' ? <CircleCheck aria-hidden="true" className="mr-1 inline size-3.5" /> : null}
                    {t('status', { status: item.status })}
                  </p>
                </div>
                <Progress value={item.status === 'done' ? 100 : percent} aria-label={t('progressLabel', { name: item.name })} />
                {item.status === 'failed' && item.loaded === 0 ? null : (
                  <p className="text-xs text-muted">
                    {t('progress', { loaded: formatBytes(format, item.loaded), total: formatBytes(format, item.size) })}
                  </p>
                )}
                {item.status === 'failed' ? (
                  <p className="text-sm text-red-700" role="alert">
                    {item.error ?? t('uploadFailed')}
                  </p>
                ) : null}
              </div>
              {isActive ? (
                <Button variant="ghost" size="icon" aria-label={t('cancelUpload', { name: item.name })} onClick={() => onCancel(item.key)}>
                  <X aria-hidden="true" />
                </Button>
              ) : (
                <>
                  {(item.status === 'failed' || item.status === 'cancelled') && item.canRetry ? (
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-label={t('retryUpload', { name: item.name })}
                      onClick={() => onRetry(item.key)}
                    >
                      <RotateCcw aria-hidden="true" />
                    </Button>
                  ) : null}
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('dismissUpload', { name: item.name })}
                    onClick={() => onDismiss(item.key)}
                  >
                    <X aria-hidden="true" />
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
