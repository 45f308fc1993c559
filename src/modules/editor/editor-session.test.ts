import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { applyEdit } from './apply-edit';
import { editSession, hasUnsaved, keepMine, reapplyOnNewer, redoSession, sessionSaved, startSession, undoSession } from './editor-session';
import type { EditOperation } from './edit-operation';

const page = veganBakery.pages[0]!;
const [first, second, third] = page.sections;
const key = Object.keys(veganBakery.i18n.strings.en!)[0]!;
const text = (value: string): EditOperation => ({ op: 'set-text', locale: 'en', key, value });
const move = (sectionId: string, toIndex: number): EditOperation => ({ op: 'move-section', page: page.slug, sectionId, toIndex });

function must<T extends { ok: boolean }>(result: T | null): Extract<T, { ok: true }> {
  if (!result?.ok) throw new Error(`step refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('the editor session', () => {
  it('keeps one pending operation per text being typed, and undo/redo are pending too', () => {
    let session = startSession(veganBakery, 3);
    expect(hasUnsaved(session)).toBe(false);
    session = must(editSession(session, text('A'), 't1')).session;
    session = must(editSession(session, text('AB'), 't1')).session;
    session = must(editSession(session, move(second!.id, 0))).session;
    expect(session.pending).toEqual([text('AB'), move(second!.id, 0)]);
    session = must(undoSession(session)).session;
    expect(session.history.document.pages[0]!.sections[0]!.id).toBe(first!.id);
    session = must(redoSession(session)).session;
    expect(session.history.document.pages[0]!.sections[0]!.id).toBe(second!.id);
    expect(session.pending).toHaveLength(4);
    expect(undoSession(startSession(veganBakery, 1))).toBeNull();
  });

  it('after a save keeps only what was typed while it was on its way', () => {
    let session = must(editSession(startSession(veganBakery, 3), text('A'))).session;
    session = must(editSession(session, move(third!.id, 0))).session;
    const saved = sessionSaved(session, 4, 1);
    expect(saved.baseVersion).toBe(4);
    expect(saved.pending).toEqual([move(third!.id, 0)]);
    expect(hasUnsaved(sessionSaved(session, 4, 2))).toBe(false);
  });

  it('reapplies my edits on their newer draft, keeping theirs', () => {
    let session = must(editSession(startSession(veganBakery, 3), text('mine'))).session;
    const theirs = applyEdit(veganBakery, move(third!.id, 0));
    if (!theirs.ok) throw new Error('refused');
    const { session: merged, skipped } = reapplyOnNewer(session, { version: 5, document: theirs.document });
    expect(skipped).toBe(0);
    expect(merged.baseVersion).toBe(5);
    expect(merged.history.document.i18n.strings.en![key]).toBe('mine');
    expect(merged.history.document.pages[0]!.sections[0]!.id).toBe(third!.id);
    expect(hasUnsaved(merged)).toBe(true);
    // Undo takes back my edit, not theirs.
    const undone = must(undoSession(merged)).session.history.document;
    expect(undone.i18n.strings.en![key]).toBe(veganBakery.i18n.strings.en![key]);
    expect(undone.pages[0]!.sections[0]!.id).toBe(third!.id);
    session = keepMine(session, 5);
    expect(session.baseVersion).toBe(5);
    expect(session.history.document.i18n.strings.en![key]).toBe('mine');
  });

  it('leaves out the edits whose section they deleted', () => {
    const session = must(editSession(startSession(veganBakery, 3), move(second!.id, 0))).session;
    const theirs = applyEdit(veganBakery, { op: 'remove-section', page: page.slug, sectionId: second!.id });
    if (!theirs.ok) throw new Error('refused');
    const { session: merged, skipped } = reapplyOnNewer(session, { version: 4, document: theirs.document });
    expect(skipped).toBe(1);
    expect(merged.pending).toEqual([]);
    expect(merged.history.document).toEqual(theirs.document);
  });
});
