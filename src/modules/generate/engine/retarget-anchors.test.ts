import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { retargetDanglingAnchors } from './retarget-anchors';

function hrefs(document: SiteDocument): string[] {
  return JSON.stringify(document.pages[0].sections).match(/"href":"[^"]*"/g) ?? [];
}

describe('retargetDanglingAnchors', () => {
  it('points links at sections the page does not have to the contact section, and leaves the rest alone', () => {
    const document = structuredClone(veganBakery) as SiteDocument;
    const home = document.pages[0];
    const hero = home.sections.find((section) => section.type === 'hero') as Record<string, unknown> & { primaryCta?: { href: string } };
    expect(hero.primaryCta).toBeDefined();
    hero.primaryCta!.href = '#pricing-that-never-came';
    const expected = hrefs(document).map((href) => href.replace('#pricing-that-never-came', '#contact'));

    const fixed = retargetDanglingAnchors(document);
    const fixedHero = fixed.pages[0].sections.find((section) => section.type === 'hero') as typeof hero;
    expect(fixedHero.primaryCta?.href).toBe('#contact');
    // Only the dead link changed: '#menu', '#contact' and '/blog'-style links are untouched.
    expect(hrefs(fixed)).toEqual(expected);
    // The input is not mutated, and a document without dangling links comes back as is.
    expect(hero.primaryCta?.href).toBe('#pricing-that-never-came');
    expect(retargetDanglingAnchors(fixed)).toBe(fixed);
  });
});
