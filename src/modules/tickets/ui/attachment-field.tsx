'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Paperclip, X } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import type { CompletedFile } from '@/modules/storage/complete-upload';
import { formatBytes } from '@/modules/storage/ui/format-bytes';
import { UploadQueue } from '@/modules/storage/ui/upload-queue';
import { useUploads } from '@/modules/storage/ui/use-uploads';
import { MAX_ATTACHMENTS } from '../ticket-attachments-limit';

/**
 * Files for a ticket's description, reply or note: each is uploaded to the writer's Files (with
 * its progress, cancel and retry, and the plan's storage limits), then sent with the form as
 * `attachmentIds[]`. The form's server action checks again that every file is the writer's own.
 * Remount it (a new `key`) to start empty after the form was sent.
 */
export function AttachmentField() {
  const t = useTranslations('tickets.attachments');
  const format = useFormatter();
  const [files, setFiles] = useState<CompletedFile[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const onUploaded = useCallback((file: CompletedFile) => setFiles((current) => [...current, file].slice(0, MAX_ATTACHMENTS)), []);
  const uploads = useUploads(onUploaded);
  const inFlight = uploads.items.filter((item) => item.status !== 'done' && item.status !== 'cancelled').length;
  const room = MAX_ATTACHMENTS - files.length - inFlight;
  const [tooMany, setTooMany] = useState(false);

  const add = (list: FileList | null) => {
    const picked = [...(list ?? [])];
    setTooMany(picked.length > room);
    if (room > 0 && picked.length > 0) uploads.add(picked.slice(0, room), null);
    if (input.current) input.current.value = '';
  };

  return (
    <fieldset className="space-y-2" aria-describedby={hintId}>
      <legend className="text-sm font-medium">{t('label')}</legend>
      <p id={hintId} className="text-xs text-muted">
        {t('hint', { max: MAX_ATTACHMENTS })}
      </p>
      {files.length > 0 ? (
        <ul aria-label={t('listLabel')} className="space-y-1" data-testid="attached-files">
          {files.map((file) => (
            <li key={file.id} className="flex items-center gap-2 rounded-xl border border-gray-200 px-3 py-1.5 text-sm">
              <Paperclip aria-hidden="true" className="size-4 shrink-0 text-muted" />
              <span className="min-w-0 flex-1 truncate">{file.name}</span>
              <span className="shrink-0 text-xs text-muted">{formatBytes(format, file.sizeBytes)}</span>
              <input type="hidden" name="attachmentIds[]" value={file.id} />
              <Button
                variant="ghost"
                size="icon"
                aria-label={t('remove', { name: file.name })}
                onClick={() => setFiles((current) => current.filter((other) => other.id !== file.id))}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <UploadQueue
        items={uploads.items.filter((item) => item.status !== 'done')}
        onCancel={uploads.cancel}
        onRetry={uploads.retry}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />
      <input
        ref={input}
        type="file"
        multiple
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="attachment-input"
        onChange={(event) => add(event.target.files)}
      />
      <Button type="button" variant="secondary" disabled={room <= 0} onClick={() => input.current?.click()}>
        <Paperclip aria-hidden="true" />
        {t('add')}
      </Button>
      {tooMany ? (
        <p role="alert" className="text-sm text-red-700">
          {t('tooMany', { max: MAX_ATTACHMENTS })}
        </p>
      ) : null}
    </fieldset>
  );
}
