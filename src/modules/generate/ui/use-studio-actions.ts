'use client';

import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { useRouter } from 'next/navigation';
import { readNdjson } from './read-ndjson';
import { errorFromBody, parseEditResponse, parseStreamEvent, type EditRequest, type GenerateRequest } from '../wire';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import type { StudioAction } from './studio-state';

export type GenerateOutcome = 'saved' | 'cancelled' | 'failed';

const JSON_HEADERS = { 'content-type': 'application/json' };
// The server releases a cancelled generation's reservation once it notices the closed
// request; refreshing the quota line a moment later shows the released count.
const REFRESH_AFTER_CANCEL_MS = 800;

/**
 * Resolves once the browser has had a chance to paint (or after 100 ms in a background tab,
 * where animation frames are paused). Sections often arrive several to a network chunk; without
 * this, React would batch them into one render and the preview would jump instead of building
 * up section by section.
 */
function waitForPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Talks to the project's generate (NDJSON stream) and edit (JSON) endpoints and feeds what
 * comes back into the studio reducer. One generation at a time; leaving the page aborts it,
 * which the server treats as a cancellation (nothing charged).
 */
export function useStudioActions(projectId: string, dispatch: Dispatch<StudioAction>, onBrief?: (brief: SiteBrief) => void) {
  const router = useRouter();
  // The newest callback, without making every action depend on it.
  const onBriefRef = useRef(onBrief);
  useEffect(() => {
    onBriefRef.current = onBrief;
  }, [onBrief]);
  const controllerRef = useRef<AbortController | null>(null);
  const isMountedRef = useRef(true);

  useEffect(() => {
    isMountedRef.current = true;
    return () => {
      isMountedRef.current = false;
      controllerRef.current?.abort();
    };
  }, []);

  /** Re-reads the server-rendered parts (quota line) after something was charged or released. */
  const refresh = useCallback(
    (delayMs = 0) => {
      const run = () => {
        if (isMountedRef.current) router.refresh();
      };
      if (delayMs > 0) setTimeout(run, delayMs);
      else run();
    },
    [router],
  );

  const generate = useCallback(
    async (request: GenerateRequest): Promise<GenerateOutcome> => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      // A superseded run (aborted by a newer one) must not touch the newer run's state.
      const send = (action: StudioAction) => {
        if (controllerRef.current === controller) dispatch(action);
      };
      send({ type: 'generate-start' });
      let outcome: GenerateOutcome = 'failed';
      try {
        const response = await fetch(`/api/projects/${encodeURIComponent(projectId)}/generate`, {
          method: 'POST',
          body: JSON.stringify(request),
          headers: JSON_HEADERS,
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          const body: unknown = await response.json().catch(() => null);
          send({ type: 'generate-stopped', reason: 'failed', error: errorFromBody(body) ?? { code: 'INTERNAL', message: '' } });
          return outcome;
        }
        for await (const line of readNdjson(response.body)) {
          const event = parseStreamEvent(line);
          if (!event) continue;
          send({ type: 'event', event });
          // The brief the server builds from (the model may have refined it) replaces the one shown.
          if (event.type === 'plan' && event.brief && controllerRef.current === controller) onBriefRef.current?.(event.brief);
          if (event.type === 'skeleton' || event.type === 'section') await waitForPaint();
          // Cancelled while waiting: stop here (the catch below reports the cancellation).
          controller.signal.throwIfAborted();
          if (event.type === 'done') outcome = 'saved';
          if (event.type === 'done' || event.type === 'error') break;
        }
        if (outcome !== 'saved' && !controller.signal.aborted) {
          // Ended without `done`: either an `error` line (already dispatched) or a cut connection.
          send({ type: 'generate-stopped', reason: 'failed', error: { code: 'INTERRUPTED', message: '' } });
        }
      } catch {
        if (controller.signal.aborted) {
          send({ type: 'generate-stopped', reason: 'cancelled' });
          outcome = 'cancelled';
        } else {
          send({ type: 'generate-stopped', reason: 'failed', error: { code: 'NETWORK', message: '' } });
        }
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
        refresh(outcome === 'cancelled' ? REFRESH_AFTER_CANCEL_MS : 0);
      }
      return outcome;
    },
    [dispatch, projectId, refresh],
  );

  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  /** Runs one edit; resolves true when it was saved as a new version. */
  const edit = useCallback(
    async (control: string, request: EditRequest): Promise<boolean> => {
      dispatch({ type: 'edit-start', control });
      try {
        const response = await fetch(`/api/projects/${encodeURIComponent(projectId)}/edit`, {
          method: 'POST',
          body: JSON.stringify(request),
          headers: JSON_HEADERS,
        });
        const result = parseEditResponse(await response.json().catch(() => null));
        if (result?.ok) {
          dispatch({ type: 'edit-saved', version: result.data.version, document: result.data.document });
          return true;
        }
        dispatch({ type: 'edit-failed', control, error: result && !result.ok ? result.error : { code: 'INTERNAL', message: '' } });
        return false;
      } catch {
        dispatch({ type: 'edit-failed', control, error: { code: 'NETWORK', message: '' } });
        return false;
      } finally {
        refresh();
      }
    },
    [dispatch, projectId, refresh],
  );

  return { generate, cancel, edit };
}
