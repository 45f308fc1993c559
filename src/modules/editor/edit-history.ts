import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import type { EditOperation, EditRefusal } from './edit-operation';

/** One undoable step: the operation and the one that takes it back. */
export type HistoryEntry = { forward: EditOperation; inverse: EditOperation; mergeKey?: string };

export type EditHistory = { document: SiteDocument; undo: HistoryEntry[]; redo: HistoryEntry[] };

export type HistoryStep = { ok: true; history: EditHistory; op: EditOperation } | { ok: false; refusal: EditRefusal };

const LIMIT = 500;

export function startHistory(document: SiteDocument): EditHistory {
  return { document, undo: [], redo: [] };
}

/**
 * The forward operation of a merged run of keystrokes. The first keystroke over sample content
 * also cleared its flag (a batch: the text, then the flag); later ones are plain texts. Keeping
 * only the latest text would lose the flag's clearing on redo and replay, so the latest text
 * takes the first one's place inside the batch.
 */
function mergedForward(previous: EditOperation, next: EditOperation): EditOperation {
  if (previous.op !== 'batch' || next.op !== 'set-text') return next;
  const first = previous.ops[0];
  if (first?.op !== 'set-text' || first.key !== next.key || first.locale !== next.locale) return next;
  return { op: 'batch', ops: [next, ...previous.ops.slice(1)] };
}

/**
 * Applies an edit and records it. Consecutive edits with the same `mergeKey` (keystrokes in one
 * text while it has focus) are one step: undo takes back the whole word, not one letter.
 */
export function recordEdit(history: EditHistory, op: EditOperation, mergeKey?: string): HistoryStep {
  const result = applyEdit(history.document, op);
  if (!result.ok) return result;
  const last = history.undo.at(-1);
  const undo =
    mergeKey !== undefined && last?.mergeKey === mergeKey
      ? [...history.undo.slice(0, -1), { forward: mergedForward(last.forward, op), inverse: last.inverse, mergeKey }]
      : [...history.undo, { forward: op, inverse: result.inverse, mergeKey }].slice(-LIMIT);
  return { ok: true, history: { document: result.document, undo, redo: [] }, op };
}

/** Takes back the newest step; `op` is what was applied (for patching the canvas). */
export function undoEdit(history: EditHistory): HistoryStep | null {
  const entry = history.undo.at(-1);
  if (!entry) return null;
  const result = applyEdit(history.document, entry.inverse);
  if (!result.ok) return result;
  return {
    ok: true,
    history: {
      document: result.document,
      undo: history.undo.slice(0, -1),
      redo: [...history.redo, { forward: entry.forward, inverse: entry.inverse }],
    },
    op: entry.inverse,
  };
}

export function redoEdit(history: EditHistory): HistoryStep | null {
  const entry = history.redo.at(-1);
  if (!entry) return null;
  const result = applyEdit(history.document, entry.forward);
  if (!result.ok) return result;
  return {
    ok: true,
    history: {
      document: result.document,
      undo: [...history.undo, { forward: entry.forward, inverse: result.inverse }],
      redo: history.redo.slice(0, -1),
    },
    op: entry.forward,
  };
}

/**
 * The same edits on top of a newer document (someone else saved meanwhile): each recorded step
 * is applied again in order; steps that no longer fit (their section was deleted…) are left out
 * and counted. Undo history restarts from the merged state.
 */
export function replayOnTop(newer: SiteDocument, steps: readonly EditOperation[]): { history: EditHistory; skipped: number } {
  let document = newer;
  const undo: HistoryEntry[] = [];
  let skipped = 0;
  for (const op of steps) {
    const result = applyEdit(document, op);
    if (!result.ok) {
      skipped++;
      continue;
    }
    document = result.document;
    undo.push({ forward: op, inverse: result.inverse });
  }
  return { history: { document, undo, redo: [] }, skipped };
}
