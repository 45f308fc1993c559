'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Upload as TusUpload, type DetailedError } from 'tus-js-client';
import { cancelUploadAction, completeUploadAction, startUploadAction } from '../actions';
import type { CompletedFile } from '../complete-upload';

export type UploadStatus = 'queued' | 'starting' | 'uploading' | 'finishing' | 'done' | 'failed' | 'cancelled';

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  /** Why it failed, in the person's language (the server's message) or null for a network stop. */
  error: string | null;
  /** Whether "retry" can help: not after the server refused the file itself. */
  canRetry: boolean;
};

/** `cancelled`: the person cancelled this attempt; a completion already on its way must not undo that. */
type Job = { file: File; folderId: string | null; uploadId?: string; tus?: TusUpload; cancelled?: boolean };

/** Uploads running at once: enough to fill a connection, few enough that each shows progress. */
const CONCURRENCY = 3;
const RETRY_DELAYS = [0, 1000, 3000, 5000];

/**
 * The browser's side of uploading: for each file, reserve room (startUploadAction — refused at
 * once past the plan), send the bytes with TUS (resumable: a retry continues from the last byte the
 * server has), then have the server check and keep them (completeUploadAction). Cancel gives the
 * reservation back. `onFinished` runs after each file is kept (to refresh the list, or to pick it).
 */
export function useUploads(onFinished: (file: CompletedFile) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const jobs = useRef(new Map<string, Job>());
  const running = useRef(new Set<string>());
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const fail = useCallback(
    (key: string, error: string | null, canRetry: boolean) => {
      running.current.delete(key);
      update(key, { status: 'failed', error, canRetry });
    },
    [update],
  );

  const finish = useCallback(
    async (key: string) => {
      const job = jobs.current.get(key);
      if (!job?.uploadId || job.cancelled) return;
      update(key, { status: 'finishing' });
      const result = await completeUploadAction({ uploadId: job.uploadId });
      running.current.delete(key);
      if (!result.ok && job.cancelled) return; // the cancel won: the item stays "cancelled"
      if (!result.ok) {
        // Refused content (type, SVG) released its reservation: retrying the same bytes can't help.
        const isRefused = result.error.code === 'VALIDATION' || result.error.code === 'NOT_FOUND';
        update(key, { status: 'failed', error: result.error.message, canRetry: !isRefused });
        return;
      }
      update(key, { status: 'done', loaded: job.file.size, error: null });
      finished.current(result.data);
    },
    [update],
  );

  const send = useCallback(
    async (key: string) => {
      const job = jobs.current.get(key);
      if (!job) return;
      job.cancelled = false;
      running.current.add(key);
      if (job.tus) {
        // Resumes: tus asks the server for its offset and sends the rest.
        update(key, { status: 'uploading', error: null });
        job.tus.start();
        return;
      }
      update(key, { status: 'starting', error: null });
      const started = await startUploadAction({ name: job.file.name, size: job.file.size, folderId: job.folderId });
      if (!started.ok) {
        fail(key, started.error.message, started.error.code !== 'TIER_LIMIT' && started.error.code !== 'VALIDATION');
        return;
      }
      const { uploadId, ticket } = started.data;
      job.uploadId = uploadId;
      job.tus = new TusUpload(job.file, {
        endpoint: ticket.endpoint,
        headers: ticket.headers,
        metadata: ticket.metadata,
        chunkSize: ticket.chunkSize,
        retryDelays: RETRY_DELAYS,
        // Each upload has its own permission; a stored URL from another one would never resume.
        storeFingerprintForResuming: false,
        onProgress: (loaded) => update(key, { status: 'uploading', loaded }),
        onSuccess: () => void finish(key),
        onError: (error: Error | DetailedError) => {
          const status = 'originalResponse' in error ? error.originalResponse?.getStatus() : undefined;
          // 403/410: the permission is gone (cancelled or expired); a retry would start over.
          if (status === 403 || status === 410) job.tus = undefined;
          fail(key, null, true);
        },
      });
      update(key, { status: 'uploading' });
      job.tus.start();
    },
    [fail, finish, update],
  );

  // Start queued uploads while there is room.
  useEffect(() => {
    const free = CONCURRENCY - running.current.size;
    if (free <= 0) return;
    for (const item of items.filter((i) => i.status === 'queued' && !running.current.has(i.key)).slice(0, free)) void send(item.key);
  }, [items, send]);

  const add = useCallback((files: readonly File[], folderId: string | null) => {
    const added = files.map((file) => {
      const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      jobs.current.set(key, { file, folderId });
      return { key, name: file.name, size: file.size, loaded: 0, status: 'queued' as const, error: null, canRetry: true };
    });
    setItems((current) => [...current, ...added]);
  }, []);

  const cancel = useCallback(
    async (key: string) => {
      const job = jobs.current.get(key);
      running.current.delete(key);
      update(key, { status: 'cancelled', error: null, canRetry: true });
      if (!job) return;
      job.cancelled = true;
      // Both at once, the reservation first in line: waiting for the terminate's round trip
      // before giving the room back left it taken (24 hours) whenever the page went away between
      // the two. The server also ends the reservation on the terminate itself.
      await Promise.all([
        job.tus?.abort(true).catch(() => undefined),
        job.uploadId ? cancelUploadAction({ uploadId: job.uploadId }) : undefined,
      ]);
      Object.assign(job, { tus: undefined, uploadId: undefined });
    },
    [update],
  );

  const retry = useCallback((key: string) => update(key, { status: 'queued', error: null, loaded: 0 }), [update]);

  const dismiss = useCallback((key: string) => {
    jobs.current.delete(key);
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const clearFinished = useCallback(() => {
    setItems((current) => {
      for (const item of current) if (item.status === 'done' || item.status === 'cancelled') jobs.current.delete(item.key);
      return current.filter((item) => item.status !== 'done' && item.status !== 'cancelled');
    });
  }, []);

  return { items, add, cancel, retry, dismiss, clearFinished };
}
