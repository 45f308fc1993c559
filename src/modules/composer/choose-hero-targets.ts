import type { SiteBrief } from '@/modules/brief/site-brief-schema';

/** Sections a page's main button leads to: what the business offers. */
const OFFER_TYPES: readonly string[] = ['menu', 'services', 'pricing'];

/** The sections a page's buttons point at: its offers (menu, services or pricing) and its contact section. */
export type PageLinkTargets = { offers?: string; contact?: string };

/** Where the hero's two buttons lead. */
export type HeroTargets = { primary: string; secondary: string; isSecondaryWhatsApp: boolean };

export type ChooseHeroTargetsInput = {
  targets: PageLinkTargets;
  /**
   * What the person asked for (a SiteBrief): the second button opens WhatsApp when the brief asks
   * for it and gives the number.
   */
  siteBrief?: { features: readonly string[]; facts: Pick<SiteBrief['facts'], 'whatsapp'> };
};

/** The page's offers and contact sections, each falling back to the other (every composed page has a contact section). */
export function pageLinkTargets(sections: readonly { id: string; type: string }[]): PageLinkTargets {
  const offers = sections.find((section) => OFFER_TYPES.includes(section.type))?.id;
  const contact = sections.find((section) => section.type === 'contact')?.id;
  return { offers: offers ?? contact, contact: contact ?? offers };
}

/**
 * The hero's button targets, decided by us rather than by whoever writes the copy: the main
 * button opens the offers (menu, services, pricing), the second one the WhatsApp chat when the
 * person asked to be reached there (the exact digits from the brief: a model writing a wa.me URL
 * can garble the number), else the contact section. The offline composer and the AI engine both
 * call this, so a hero's buttons lead to the same places whichever wrote its words.
 */
export function chooseHeroTargets(input: ChooseHeroTargetsInput): HeroTargets {
  const whatsapp = input.siteBrief?.features.includes('whatsapp') ? input.siteBrief.facts.whatsapp : undefined;
  return {
    primary: `#${input.targets.offers ?? 'contact'}`,
    secondary: whatsapp ? `https://wa.me/${whatsapp}` : `#${input.targets.contact ?? 'contact'}`,
    isSecondaryWhatsApp: whatsapp !== undefined,
  };
}
