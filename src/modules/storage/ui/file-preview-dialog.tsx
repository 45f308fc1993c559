'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Download } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/lib/ui/dialog';
import type { FileEntry } from '../list-files';
import { formatBytes } from './format-bytes';

const INLINE_IMAGE = /^image\/(jpeg|png|gif|webp|avif)$/;

/**
 * A file shown in the app: raster images and PDFs as the server serves them inline (sandboxed by
 * their own CSP), anything else with a thumbnail (an SVG is only ever shown as its raster preview).
 */
export function FilePreviewDialog({ file, onOpenChange }: { file: FileEntry; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations('files');
  const format = useFormatter();
  const source = `/api/files/${file.id}`;
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('close')} className="max-w-4xl">
        <DialogHeader>
          <DialogTitle className="break-words">{file.name}</DialogTitle>
          <DialogDescription>
            {t('fileMeta', { size: formatBytes(format, file.sizeBytes), date: file.createdAt })}
            {file.width && file.height ? ` · ${t('dimensions', { width: file.width, height: file.height })}` : ''}
          </DialogDescription>
        </DialogHeader>
        <div className="flex min-h-48 items-center justify-center overflow-hidden rounded-xl bg-gray-50">
          {file.contentType === 'application/pdf' ? (
            <iframe src={`${source}?inline=1`} title={t('previewOf', { name: file.name })} className="h-[70dvh] w-full" />
          ) : INLINE_IMAGE.test(file.contentType) || file.hasThumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private file from our own route; the optimizer can't fetch it
            <img
              src={INLINE_IMAGE.test(file.contentType) ? `${source}?inline=1` : `${source}?variant=thumbnail`}
              alt={t('previewOf', { name: file.name })}
              className="max-h-[70dvh] w-auto object-contain"
            />
          ) : (
            <p className="p-6 text-center text-muted">{t('noPreview')}</p>
          )}
        </div>
        <div className="flex justify-end">
          <Button asChild variant="secondary">
            <a href={source} download={file.name}>
              <Download aria-hidden="true" />
              {t('download')}
            </a>
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
