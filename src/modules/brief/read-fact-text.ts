import { sanitizeText } from '@/lib/ai/sanitize-text';
import { extractFacts } from './extract-facts';
import type { AskedFact, SiteBrief } from './site-brief-schema';

export type ReadFactTextInput = {
  fact: AskedFact;
  /** What the person typed in the studio, for this one fact ("seg a sex 8h às 18h", "(81) 99876-5432"). */
  text: string;
  /** Where the business is: how a phone number without "+" is dialled. */
  country?: string;
};

/**
 * One fact the studio asked for, read from what the person typed with the same extractors as a
 * prompt: the facts it finds, and nothing else (a place typed as an address is the address as
 * written). Empty when the text holds no such fact: the studio says so rather than guess.
 */
export function readFactText(input: ReadFactTextInput): Partial<SiteBrief['facts']> {
  const text = sanitizeText(input.text, { maxLength: 300, multiline: false, ellipsis: false });
  const facts = extractFacts(text, input.country);
  switch (input.fact) {
    case 'hours':
      return facts.openingHours?.length ? { openingHours: facts.openingHours } : {};
    case 'phone':
      // Asked for to reach the business: a number given here is also its WhatsApp when it can be one.
      return facts.phones.length > 0 ? { phones: facts.phones, ...(facts.whatsapp ? { whatsapp: facts.whatsapp } : {}) } : {};
    case 'donation':
      return facts.donationUrl
        ? { donationUrl: facts.donationUrl }
        : facts.pixKey
          ? { pixKey: facts.pixKey }
          : text.length >= 4
            ? { pixKey: text.slice(0, 120) }
            : {};
    case 'address':
      return { address: (facts.address ?? text).slice(0, 160) };
    case 'prices':
      return facts.prices.length > 0 ? { prices: facts.prices } : {};
  }
}
