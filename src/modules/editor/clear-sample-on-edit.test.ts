import { describe, expect, it } from 'vitest';
import { checkSamples } from '@/modules/build/check-samples';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { clearSampleOnEdit, markRealOp } from './clear-sample-on-edit';
import { editSession, redoSession, startSession, undoSession, type EditorSession } from './editor-session';
import { sampleSite } from './testing/sample-site';

const members = (document: SiteDocument) => {
  const team = document.pages[0]!.sections.find((section) => section.id === 'team');
  return team?.type === 'team' ? team.members.map((member) => member.isSample === true) : [];
};

function must(step: ReturnType<typeof editSession> | null): EditorSession {
  if (!step?.ok) throw new Error(step ? step.refusal.reason : 'nothing to do');
  return step.session;
}

describe('editing sample content makes it real', () => {
  it('clears the flag of the person whose name is typed over, and no one else’s', () => {
    let session = startSession(sampleSite(), 1);
    for (const text of ['M', 'Ma', 'Maria Silva'])
      session = must(editSession(session, { op: 'set-text', locale: 'en', key: 'team.members.0.name', value: text }, 'name#1'));
    expect(members(session.history.document)).toEqual([false, true]);
    expect(session.history.undo).toHaveLength(1);

    // One undo brings back the sample name and its flag; redo makes it real again.
    session = must(undoSession(session));
    expect(members(session.history.document)).toEqual([true, true]);
    expect(session.history.document.i18n.strings.en!['team.members.0.name']).toBe('Ana Example');
    session = must(redoSession(session));
    expect(members(session.history.document)).toEqual([false, true]);
    expect(session.history.document.i18n.strings.en!['team.members.0.name']).toBe('Maria Silva');
  });

  it('treats a testimonial’s words, a role or a price like a name', () => {
    const document = sampleSite();
    const op = clearSampleOnEdit(document, { op: 'set-text', locale: 'pt-BR', key: 'testimonials.items.1.quote', value: 'Ótimo!' });
    expect(op).toEqual({
      op: 'batch',
      ops: [
        { op: 'set-text', locale: 'pt-BR', key: 'testimonials.items.1.quote', value: 'Ótimo!' },
        { op: 'set-field', page: '', sectionId: 'testimonials', path: ['items', 1, 'isSample'] },
      ],
    });
  });

  it('leaves the flag when the text does not change, is removed, or is not sample content', () => {
    const document = sampleSite();
    const same = { op: 'set-text' as const, locale: 'en', key: 'team.members.0.name', value: 'Ana Example' };
    expect(clearSampleOnEdit(document, same)).toBe(same);
    const removed = { op: 'set-text' as const, locale: 'en', key: 'team.members.0.name', value: null };
    expect(clearSampleOnEdit(document, removed)).toBe(removed);
    const title = { op: 'set-text' as const, locale: 'en', key: 'team.title', value: 'The people' };
    expect(clearSampleOnEdit(document, title)).toBe(title);
  });

  it('clears a sample section’s own flag, a sample post’s and the placeholder name', () => {
    const document = sampleSite();
    const about = document.pages[0]!.sections.find((section) => section.id === 'about');
    if (about?.type === 'about') about.isSample = true;
    document.site.isNameSample = true;
    const post = document.pages.find((page) => page.kind === 'post')!;
    post.post!.isSample = true;
    let session = startSession(document, 1);
    session = must(editSession(session, { op: 'set-text', locale: 'en', key: 'about.body', value: 'We bake since 1990.' }, 'a'));
    session = must(editSession(session, { op: 'set-text', locale: 'en', key: document.site.nameKey, value: 'Padaria Real' }, 'b'));
    session = must(editSession(session, { op: 'set-text', locale: 'en', key: post.titleKey, value: 'Our own post' }, 'c'));
    const edited = session.history.document;
    expect(edited.pages[0]!.sections.find((section) => section.id === 'about')).not.toHaveProperty('isSample');
    expect(edited.site.isNameSample).toBeUndefined();
    expect(edited.pages.find((page) => page.slug === post.slug)!.post!.isSample).toBeUndefined();
  });

  it('leaves the flag when a text is translated or reworded by the AI (not typed by the person)', () => {
    let session = startSession(sampleSite(), 1);
    session = must(editSession(session, { op: 'set-text', locale: 'pt-BR', key: 'team.members.0.name', value: 'Ana Exemplo' }));
    expect(members(session.history.document)).toEqual([true, true]);
  });

  it('marks an item real without editing it (its words were already right), undoably', () => {
    let session = startSession(sampleSite(), 1);
    session = must(editSession(session, markRealOp('', 'team', ['members', 1])));
    expect(members(session.history.document)).toEqual([true, false]);
    session = must(undoSession(session));
    expect(members(session.history.document)).toEqual([true, true]);
  });

  it('lets a blocked site through the samples check once every sample is replaced or marked real', () => {
    let session = startSession(sampleSite(), 1);
    expect(checkSamples(session.history.document)[0]!.level).toBe('error');
    session = must(editSession(session, { op: 'set-text', locale: 'en', key: 'team.members.0.name', value: 'Maria' }, 'name'));
    session = must(editSession(session, markRealOp('', 'team', ['members', 1])));
    for (const index of [0, 1, 2])
      session = must(
        editSession(
          session,
          { op: 'set-text', locale: 'en', key: `testimonials.items.${index}.author`, value: `Client ${index}` },
          `t${index}`,
        ),
      );
    expect(checkSamples(session.history.document)[0]!.level).toBe('ok');
  });
});
