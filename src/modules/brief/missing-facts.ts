import type { BriefFeature, SiteBrief } from './site-brief-schema';

/** What a feature needs from the person to be a working element. */
export type MissingFact = 'hours' | 'phone' | 'donation' | 'address';

export type MissingFactEntry = { feature: BriefFeature; fact: MissingFact };

/**
 * Features asked for without the fact that makes them work: hours without the hours (or days
 * without times), a phone or WhatsApp without a number, donations without a link or PIX key, a
 * map without an address, landmark or place. Nothing is invented to fill them: the site gets an
 * element the person completes (a sample the pre-publish check blocks: the hours, "add your phone
 * number"; a donate button that opens the contact form), and the studio's brief panel asks for
 * the fact. One list, read by the brief's notes, the panel and the eval, so all three say the
 * same thing.
 */
export function missingFacts(brief: Pick<SiteBrief, 'features' | 'facts' | 'location'>): MissingFactEntry[] {
  const { features, facts } = brief;
  const missing: MissingFactEntry[] = [];
  const has = (feature: BriefFeature) => features.includes(feature);
  if (has('hours') && !(facts.openingHours ?? []).some((entry) => entry.includes(' '))) missing.push({ feature: 'hours', fact: 'hours' });
  if (has('whatsapp') && !facts.whatsapp) missing.push({ feature: 'whatsapp', fact: 'phone' });
  if (has('phone') && facts.phones.length === 0) missing.push({ feature: 'phone', fact: 'phone' });
  if (has('donation') && !facts.donationUrl && !facts.pixKey) missing.push({ feature: 'donation', fact: 'donation' });
  if (has('map') && !facts.address && !facts.landmark && !brief.location) missing.push({ feature: 'map', fact: 'address' });
  return missing;
}
