import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation } from './edit-operation';
import { recordEdit, redoEdit, replayOnTop, startHistory, undoEdit, type EditHistory } from './edit-history';

const title = (document: SiteDocument) => document.i18n.strings.en!['hero.title'];
const order = (document: SiteDocument) => document.pages[0]!.sections.map((section) => section.id);
const typing = (text: string): EditOperation => ({ op: 'set-text', locale: 'en', key: 'hero.title', value: text });

function must(step: ReturnType<typeof recordEdit> | null): EditHistory {
  if (!step?.ok) throw new Error('step refused');
  return step.history;
}

describe('edit history', () => {
  it('merges keystrokes of one text into one step, undoes and redoes across kinds of edits', () => {
    let history = startHistory(veganBakery);
    for (const text of ['B', 'Br', 'Bre', 'Bread']) history = must(recordEdit(history, typing(text), 'hero.title#1'));
    history = must(recordEdit(history, { op: 'move-section', page: '', sectionId: 'hero', toIndex: 1 }));
    history = must(recordEdit(history, { op: 'set-field', page: '', sectionId: 'menu', path: ['variant'], value: 'two-column' }));
    expect(history.undo).toHaveLength(3);

    history = must(undoEdit(history));
    history = must(undoEdit(history));
    expect(order(history.document)).toEqual(order(veganBakery));
    expect(title(history.document)).toBe('Bread');
    history = must(undoEdit(history));
    expect(history.document).toEqual(veganBakery);
    expect(undoEdit(history)).toBeNull();

    history = must(redoEdit(history));
    expect(title(history.document)).toBe('Bread');
    expect(history.redo).toHaveLength(2);
    // A new edit after undo drops what could have been redone.
    history = must(recordEdit(history, typing('Buns'), 'hero.title#2'));
    expect(history.redo).toHaveLength(0);
    expect(redoEdit(history)).toBeNull();
  });

  it('a refused edit leaves the history as it was', () => {
    const history = startHistory(veganBakery);
    const step = recordEdit(history, { op: 'set-field', page: '', sectionId: 'hero', path: ['variant'], value: 'nope' });
    expect(step.ok).toBe(false);
    expect(history.undo).toHaveLength(0);
  });

  it('replays my edits on top of a newer draft, leaving out the ones that no longer fit', () => {
    const theirs = structuredClone(veganBakery);
    theirs.i18n.strings.en!['hero.subtitle'] = 'Their subtitle';
    theirs.pages[0]!.sections = theirs.pages[0]!.sections.filter((section) => section.id !== 'faq');
    const mine: EditOperation[] = [typing('My title'), { op: 'set-field', page: '', sectionId: 'faq', path: ['variant'], value: 'list' }];
    const { history, skipped } = replayOnTop(theirs, mine);
    expect(skipped).toBe(1);
    expect(title(history.document)).toBe('My title');
    expect(history.document.i18n.strings.en!['hero.subtitle']).toBe('Their subtitle');
    expect(order(history.document)).not.toContain('faq');
  });
});
