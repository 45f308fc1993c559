import type { SiteDocument } from '@/modules/document/site-document-schema';
import { clearSampleOnEdit } from './clear-sample-on-edit';
import type { EditOperation, EditRefusal } from './edit-operation';
import { recordEdit, redoEdit, replayOnTop, startHistory, undoEdit, type EditHistory } from './edit-history';

/**
 * What the editor holds between saves: the undo history (its document is what the person sees),
 * the saved version it builds on, and the operations applied since that version — what is
 * replayed on a newer draft when someone else saved first.
 */
export type EditorSession = {
  history: EditHistory;
  baseVersion: number;
  pending: EditOperation[];
  /** "Keep mine" after a conflict: the pending operations were made on an older version, so the next save sends the whole document. */
  mustSendDocument?: boolean;
};

export type SessionStep = { ok: true; session: EditorSession; op: EditOperation } | { ok: false; refusal: EditRefusal };

export function startSession(document: SiteDocument, version: number): EditorSession {
  return { history: startHistory(document), baseVersion: version, pending: [] };
}

/** Keystrokes in one text are one pending operation: only the last text matters on replay. */
function addPending(pending: EditOperation[], op: EditOperation): EditOperation[] {
  const last = pending.at(-1);
  if (op.op === 'set-text' && last?.op === 'set-text' && last.key === op.key && last.locale === op.locale) {
    return [...pending.slice(0, -1), op];
  }
  return [...pending, op];
}

function step(session: EditorSession, result: ReturnType<typeof recordEdit> | null): SessionStep | null {
  if (!result) return null;
  if (!result.ok) return result;
  return { ok: true, op: result.op, session: { ...session, history: result.history, pending: addPending(session.pending, result.op) } };
}

/**
 * Every edit made in the editor. Typing over sample content (an edit with a merge key: the
 * keystrokes of one text) also makes it real (clear-sample-on-edit.ts); a machine translation
 * or an AI rewording does not — a made-up testimonial translated is still made up.
 */
export function editSession(session: EditorSession, op: EditOperation, mergeKey?: string): SessionStep {
  const edit = mergeKey === undefined ? op : clearSampleOnEdit(session.history.document, op);
  return step(session, recordEdit(session.history, edit, mergeKey))!;
}

/** Null when there is nothing to undo. */
export function undoSession(session: EditorSession): SessionStep | null {
  return step(session, undoEdit(session.history));
}

export function redoSession(session: EditorSession): SessionStep | null {
  return step(session, redoEdit(session.history));
}

/**
 * A save of the first `sentCount` pending operations succeeded as `version`; operations made
 * while it was on its way stay pending for the next save.
 */
export function sessionSaved(session: EditorSession, version: number, sentCount: number): EditorSession {
  return { ...session, baseVersion: version, pending: session.pending.slice(sentCount), mustSendDocument: false };
}

/**
 * "Load theirs and reapply my edits": the pending operations on top of the newest draft. They
 * stay pending (the merged document still has to be saved); `skipped` counts the ones that no
 * longer fit (their section was deleted meanwhile…).
 */
export function reapplyOnNewer(session: EditorSession, newer: { version: number; document: SiteDocument }) {
  const { history, skipped } = replayOnTop(newer.document, session.pending);
  return {
    session: { history, baseVersion: newer.version, pending: history.undo.map((entry) => entry.forward), mustSendDocument: false },
    skipped,
  };
}

/** "Keep mine": the next save goes on top of the newest version and replaces what it shows. */
export function keepMine(session: EditorSession, latestVersion: number): EditorSession {
  return { ...session, baseVersion: latestVersion, mustSendDocument: true };
}

/** Whether there is anything the server has not saved yet. */
export function hasUnsaved(session: EditorSession): boolean {
  return session.pending.length > 0;
}

/** As many operations as one autosave request carries (save-draft-edits.ts); more go as the document. */
export const MAX_OPS_PER_SAVE = 500;

/**
 * What autosave sends: the operations since the base version (a few hundred bytes), or the whole
 * document when they no longer describe the change from that version ("keep mine").
 */
export function savePayload(session: EditorSession): { ops: EditOperation[] } | { document: SiteDocument } {
  return session.mustSendDocument || session.pending.length > MAX_OPS_PER_SAVE
    ? { document: session.history.document }
    : { ops: session.pending };
}
