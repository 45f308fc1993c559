import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * The vegan bakery with sample content and links into it, as the offline composer writes one:
 * a team of two sample people, sample testimonials, a menu entry, a button and a footer link to
 * the team.
 */
export function sampleSite(): SiteDocument {
  const document = structuredClone(veganBakery);
  const home = document.pages[0]!;
  home.sections.splice(2, 0, {
    id: 'team',
    type: 'team',
    titleKey: 'team.title',
    members: [
      { nameKey: 'team.members.0.name', roleKey: 'team.members.0.role', isSample: true },
      { nameKey: 'team.members.1.name', roleKey: 'team.members.1.role', isSample: true },
    ],
  });
  const testimonials = home.sections.find((section) => section.id === 'testimonials');
  if (testimonials?.type === 'testimonials') for (const item of testimonials.items) item.isSample = true;
  const hero = home.sections.find((section) => section.id === 'hero');
  if (hero?.type === 'hero') hero.secondaryCta = { labelKey: 'hero.secondaryCta.label', href: '#team' };
  const footer = home.sections.find((section) => section.type === 'footer');
  if (footer?.type === 'footer')
    footer.links = [
      { labelKey: 'footer.links.0.label', href: '/#team' },
      { labelKey: 'footer.links.1.label', href: '/#testimonials' },
    ];
  document.navigation = [...(document.navigation ?? []), { labelKey: 'nav.team', href: '/#team' }];
  const texts: Record<string, string> = {
    'team.title': 'Our team',
    'team.members.0.name': 'Ana Example',
    'team.members.0.role': 'Baker',
    'team.members.1.name': 'Bruno Example',
    'team.members.1.role': 'Pastry chef',
    'footer.links.0.label': 'Team',
    'footer.links.1.label': 'Reviews',
    'nav.team': 'Team',
  };
  for (const locale of document.i18n.locales) Object.assign(document.i18n.strings[locale]!, texts);
  return document;
}
