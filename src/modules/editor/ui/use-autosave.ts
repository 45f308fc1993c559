'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { loadLatestDraftAction, saveDraftOnBaseAction } from '@/modules/drafts/draft-actions';
import { saveDraftEditsAction } from '../draft-edit-actions';
import { hasUnsaved, keepMine, reapplyOnNewer, savePayload, sessionSaved, type EditorSession } from '../editor-session';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; latestVersion: number }
  | { kind: 'error'; message: string };

const SAVE_DELAY_MS = 1000;
const OFFLINE_RETRY_MS = 5000;

/**
 * Autosave: the operations made since the saved version (or, after "keep mine", the whole draft)
 * with the version they were made on, a second after the last change. The server replays them
 * through the schema; should one not apply there, the whole draft is sent instead. One save at a time; edits made meanwhile are saved by the next one. A failed
 * request (no network) keeps the edits and retries; a CONFLICT stops saving until the person
 * chooses (reapply on theirs, or keep mine) — nothing is overwritten silently.
 */
export function useAutosave(projectId: string, session: EditorSession, setSession: (update: (s: EditorSession) => EditorSession) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const isSaving = useRef(false);
  const isBlocked = state.kind === 'conflict' || state.kind === 'error';

  const save = useCallback(async () => {
    const current = sessionRef.current;
    if (isSaving.current || !hasUnsaved(current)) return;
    isSaving.current = true;
    setState({ kind: 'saving' });
    const sentCount = current.pending.length;
    try {
      const base = { projectId, baseVersion: current.baseVersion };
      const payload = savePayload(current);
      let result =
        'ops' in payload ? await saveDraftEditsAction({ ...base, ops: payload.ops }) : await saveDraftOnBaseAction({ ...base, ...payload });
      if ('ops' in payload && !result.ok && (result.error.details?.isEditRefused === true || result.error.code === 'VALIDATION')) {
        // The server refused the operations (its replay differs, or they exceed what one request
        // may carry): send what the person sees, which the server validates as a whole instead.
        result = await saveDraftOnBaseAction({ ...base, document: current.history.document });
      }
      if (result.ok) {
        // Functional update: edits typed while the request was on its way stay pending.
        const version = result.data.version;
        setSession((s) => sessionSaved(s, version, sentCount));
        setState({ kind: 'saved' });
      } else if (result.error.code === 'CONFLICT') {
        const latest = Number(result.error.details?.latestVersion ?? current.baseVersion + 1);
        setState({ kind: 'conflict', latestVersion: latest });
      } else {
        setState({ kind: 'error', message: result.error.message });
      }
    } catch {
      // The request did not reach the server (offline, server restarting): the edits stay here.
      setState({ kind: 'offline' });
    } finally {
      isSaving.current = false;
    }
  }, [projectId, setSession]);

  // A change (or a save that left edits behind) schedules the next save.
  useEffect(() => {
    if (isBlocked || state.kind === 'saving' || !hasUnsaved(session)) return;
    // Saving waits for the ref to hold this session (the effect above runs first).
    const timer = window.setTimeout(() => void save(), state.kind === 'offline' ? OFFLINE_RETRY_MS : SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [session, state.kind, isBlocked, save]);

  useEffect(() => {
    const onOnline = () => void save();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [save]);

  // Leaving with unsaved edits asks first (the browser's own prompt).
  useEffect(() => {
    if (!hasUnsaved(session)) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session]);

  /** "Load theirs and reapply my edits". Returns how many edits no longer fitted, or null on failure. */
  const reapplyOnTheirs = useCallback(async (): Promise<{ skipped: number; document: SiteDocument } | null> => {
    const latest = await loadLatestDraftAction({ projectId }).catch(() => null);
    if (!latest?.ok) {
      setState(latest ? { kind: 'error', message: latest.error.message } : { kind: 'offline' });
      return null;
    }
    const { session: merged, skipped } = reapplyOnNewer(sessionRef.current, latest.data);
    setSession(() => merged);
    setState({ kind: 'saved' });
    return { skipped, document: merged.history.document };
  }, [projectId, setSession]);

  /** "Keep mine": saves this draft on top of the newest one. */
  const keepMyVersion = useCallback(() => {
    if (state.kind !== 'conflict') return;
    const latestVersion = state.latestVersion;
    setSession((s) => keepMine(s, latestVersion));
    setState({ kind: 'saved' });
  }, [state, setSession]);

  // "Saved" only while nothing is waiting: an edit after the last save shows as pending at once.
  const shown: SaveState = state.kind === 'saved' && hasUnsaved(session) ? { kind: 'pending' } : state;
  return { state: shown, reapplyOnTheirs, keepMyVersion };
}
