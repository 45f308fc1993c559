import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { palettePresets } from '@/modules/document/theme';
import { applyEdit } from './apply-edit';
import { editOperationSchema } from './edit-operation';
import { recordEdit, redoEdit, startHistory, undoEdit } from './edit-history';

// Restoring a named version is one operation that replaces the whole document; its inverse puts
// back the document it replaced, so a restore is undone (and redone) like any other edit.

function edited() {
  const step1 = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key: 'hero.title', value: 'After v1' });
  if (!step1.ok) throw new Error('refused');
  const step2 = applyEdit(step1.document, {
    op: 'set-theme',
    theme: { ...veganBakery.theme, palette: { preset: 'midnight', colors: { ...palettePresets.midnight } } },
  });
  if (!step2.ok) throw new Error('refused');
  return step2.document;
}

describe('replace-document (restore a version)', () => {
  it('replaces everything, and its inverse gives back the replaced document exactly', () => {
    const current = edited();
    const op = { op: 'replace-document' as const, document: veganBakery as unknown as Record<string, unknown> };
    expect(editOperationSchema.safeParse(op).success).toBe(true);
    const restored = applyEdit(current, op);
    if (!restored.ok) throw new Error('refused');
    expect(restored.document).toEqual(veganBakery);
    const back = applyEdit(restored.document, restored.inverse);
    if (!back.ok) throw new Error('inverse refused');
    expect(back.document).toEqual(current);
    expect(back.document.theme.palette.preset).toBe('midnight');
  });

  it('refuses a document the schema does not accept and leaves the current one as it was', () => {
    const current = edited();
    const broken = structuredClone(veganBakery) as unknown as { pages: { sections: { variant?: string }[] }[] };
    broken.pages[0]!.sections[0]!.variant = 'zigzag';
    const result = applyEdit(current, { op: 'replace-document', document: broken as unknown as Record<string, unknown> });
    expect(result.ok).toBe(false);
    expect(current.i18n.strings.en!['hero.title']).toBe('After v1');
  });

  it('is one step of the history: undo brings back the edits, redo the restore', () => {
    const current = edited();
    const restored = recordEdit(startHistory(current), {
      op: 'replace-document',
      document: veganBakery as unknown as Record<string, unknown>,
    });
    if (!restored.ok) throw new Error('refused');
    expect(restored.history.document).toEqual(veganBakery);
    const undone = undoEdit(restored.history);
    if (!undone?.ok) throw new Error('undo refused');
    expect(undone.history.document).toEqual(current);
    const redone = redoEdit(undone.history);
    if (!redone?.ok) throw new Error('redo refused');
    expect(redone.history.document).toEqual(veganBakery);
  });
});
