import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { applyEdit } from './apply-edit';
import { CANVAS_SCRIPT } from './canvas-script.generated';
import { duplicateSection } from './duplicate-section';
import { diffCanvasSections, renderCanvasHtml } from './render-canvas-html';

const page = veganBakery.pages[0]!;
const at = (document = veganBakery) => ({ document, pageSlug: page.slug, locale: 'en' });
const firstTextKey = (): string => {
  const html = renderCanvasHtml(at(), 'http://app.test')!;
  return /data-pm-key="([^"]+)"/.exec(html.slice(html.indexOf('<main')))![1]!;
};

describe('the editor canvas', () => {
  it('carries the frame script byte for byte (its CSP hash) and the app origin', () => {
    const html = renderCanvasHtml(at(), 'http://app.test"><x')!;
    expect(html).toContain(`<script>${CANVAS_SCRIPT}</script></body>`);
    expect(html).toContain('<meta name="pm-parent-origin" content="http://app.test&quot;&gt;&lt;x">');
    expect(html).toContain('data-pm-section="');
  });

  it('patches only the section whose text changed', () => {
    const key = firstTextKey();
    const edited = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key, value: 'Fresh typo fix' });
    if (!edited.ok) throw new Error('edit refused');
    const change = diffCanvasSections(at(), at(edited.document));
    expect(change?.type).toBe('patch');
    expect(change!.sections).toHaveLength(1);
    expect(change!.sections[0]!.html).toContain('Fresh typo fix');
    expect(diffCanvasSections(at(), at())).toBeNull();
  });

  it('sends the whole list, in the new order, when a section moves', () => {
    const second = page.sections[1]!;
    const moved = applyEdit(veganBakery, { op: 'move-section', page: page.slug, sectionId: second.id, toIndex: 0 });
    if (!moved.ok) throw new Error('move refused');
    const change = diffCanvasSections(at(), at(moved.document));
    expect(change?.type).toBe('sections');
    expect(change!.sections[0]!.id).toBe(second.id);
  });
});

describe('duplicateSection', () => {
  it('adds a copy after the original whose texts are its own, and undo removes it', () => {
    const original = page.sections[1]!;
    const op = duplicateSection(veganBakery, page.slug, original.id)!;
    const result = applyEdit(veganBakery, op);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const sections = result.document.pages[0]!.sections;
    expect(sections).toHaveLength(page.sections.length + 1);
    expect(sections[2]!.type).toBe(original.type);
    expect(sections[2]!.id).not.toBe(original.id);
    const undone = applyEdit(result.document, result.inverse);
    expect(undone.ok && undone.document).toEqual(veganBakery);
    expect(duplicateSection(veganBakery, page.slug, 'nope')).toBeNull();
  });
});
