import { describe, expect, it } from 'vitest';
import { buildSite } from '@/modules/build/build-site';
import { offlineComposer } from '@/modules/generate/offline-composer';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import { recordEdit, startHistory, undoEdit } from './edit-history';
import { hideSectionOp, removeSectionOp } from './unlink-section';
import { sampleSite } from './testing/sample-site';

const home = (document: SiteDocument) => document.pages[0]!;
const section = (document: SiteDocument, id: string) => home(document).sections.find((candidate) => candidate.id === id);
const hrefs = (document: SiteDocument) => ({
  nav: document.navigation?.map((link) => link.href),
  hero: (() => {
    const hero = section(document, 'hero');
    return hero?.type === 'hero' ? hero.secondaryCta?.href : undefined;
  })(),
  footer: (() => {
    const footer = section(document, 'footer');
    return footer?.type === 'footer' ? footer.links?.map((link) => link.href) : undefined;
  })(),
});

describe('deleting or hiding a section takes its links with it', () => {
  it('removes the menu entry and footer link, re-aims the button, in one undoable step', () => {
    const document = sampleSite();
    const op = removeSectionOp(document, '', 'team')!;
    const history = recordEdit(startHistory(document), op);
    if (!history.ok) throw new Error(history.refusal.reason);
    const after = history.history.document;
    expect(section(after, 'team')).toBeUndefined();
    expect(hrefs(after)).toEqual({
      nav: ['/#menu', '/#about', '/blog', '/#contact'],
      hero: '#contact',
      footer: ['/#testimonials'],
    });
    // The removed texts go too: nothing is left to translate or to trip the checks.
    expect(after.i18n.strings.en!['nav.team']).toBeUndefined();
    expect(after.i18n.strings.en!['team.members.0.name']).toBeUndefined();
    expect(history.history.undo).toHaveLength(1);

    const undone = undoEdit(history.history);
    if (!undone?.ok) throw new Error('undo refused');
    expect(undone.history.document).toEqual(document);
  });

  it('hides a section the same way; a page without a contact section sends buttons to the top', () => {
    const document = sampleSite();
    home(document).sections = home(document).sections.filter((candidate) => candidate.id !== 'contact');
    document.navigation = document.navigation!.filter((link) => link.href !== '/#contact');
    const hero = section(document, 'hero');
    if (hero?.type === 'hero') hero.secondaryCta = { labelKey: 'hero.secondaryCta.label', href: '#team' };
    const result = applyEdit(document, hideSectionOp(document, '', 'team')!);
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(section(result.document, 'team')?.hidden).toBe(true);
    expect(hrefs(result.document)).toEqual({ nav: ['/#menu', '/#about', '/blog'], hero: '#top', footer: ['/#testimonials'] });
  });

  it('leaves a site the link check accepts (the "#team points to a section that is not on /" dead end)', () => {
    const document = sampleSite();
    const brokenLinks = (edited: SiteDocument) =>
      buildSite(edited, { baseUrl: 'https://example.test' }).checks.find((check) => check.id === 'broken-links' && check.level === 'error');
    const bare = applyEdit(document, { op: 'remove-section', page: '', sectionId: 'team' });
    if (!bare.ok) throw new Error(bare.refusal.reason);
    expect(brokenLinks(bare.document)?.details?.join('\n')).toContain('#team');
    const result = applyEdit(document, removeSectionOp(document, '', 'team')!);
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(brokenLinks(result.document)).toBeUndefined();
  });

  it('removes only the menu when it was the last link, and the whole menu when no entry is left', () => {
    const document = sampleSite();
    document.navigation = [{ labelKey: 'nav.team', href: '/#team' }];
    const result = applyEdit(document, removeSectionOp(document, '', 'team')!);
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(result.document.navigation).toBeUndefined();
  });
});

describe('on a site as the offline composer writes it (bare "#team" anchors in the menu and footer)', () => {
  it('deleting the team leaves nothing pointing at it and a site the checks accept', () => {
    const document = offlineComposer.composeSite({
      prompt: 'A yoga studio in Lisbon called Flow, with our team and testimonials from students',
      locales: ['en'],
      now: new Date('2026-11-25T12:00:00Z'),
    });
    expect(document.navigation?.map((link) => link.href)).toContain('#team');
    const result = applyEdit(document, removeSectionOp(document, '', 'team')!);
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(JSON.stringify({ ...result.document, i18n: undefined })).not.toContain('#team');
    const { checks } = buildSite(result.document, { baseUrl: 'https://example.test' });
    expect(checks.find((check) => check.id === 'broken-links' && check.level === 'error')).toBeUndefined();
  });
});
