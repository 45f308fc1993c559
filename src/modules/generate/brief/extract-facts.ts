import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { extractContact } from '../offline/extract-contact';
import { fold } from '../offline/text';
import { extractPeople } from './extract-people';
import { extractPrices } from './extract-prices';
import type { SiteBrief } from './site-brief-schema';

export type BriefFacts = SiteBrief['facts'];

// Where a number without "+" is dialled from, when the prompt names the place but not the code.
const KNOWN_COUNTRIES = new Set([
  'BR',
  'PT',
  'ES',
  'MX',
  'AR',
  'CO',
  'CL',
  'PE',
  'UY',
  'EC',
  'US',
  'GB',
  'IE',
  'CA',
  'AU',
  'FR',
  'DE',
  'IT',
  'NL',
]);

/** The number as E.164 digits (for wa.me), when libphonenumber can place it. */
function internationalDigits(phone: string, country: string | undefined): string | undefined {
  const region = country && KNOWN_COUNTRIES.has(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(phone, region);
  return parsed?.isPossible() ? parsed.number.replace(/\D/g, '') : undefined;
}

const PIX =
  /\b(?:pix)\b[^:\n]{0,30}?(?:chave|key)?\s*[:=]?\s*([^\s,;()]+@[^\s,;()]+\.[a-z.]{2,}|\d{2}\.?\d{3}\.?\d{3}\/\d{4}-?\d{2}|\+?\d[\d .-]{9,18}\d|[0-9a-f]{8}-[0-9a-f-]{27})/i;
const URL = /\bhttps?:\/\/[^\s<>"')]+[^\s<>"').,;]/gi;
const DONATION_WORDS = /don(at|a|e)|doa|doe|donativ|contribu|give|apoi/i;

/**
 * Facts the prompt states, kept as written (phones also as E.164 digits for WhatsApp links).
 * Nothing here is ever invented: what the prompt does not say stays empty.
 */
export function extractFacts(prompt: string, country: string | undefined): BriefFacts {
  const contact = extractContact(prompt, /\b24 ?(h|horas|hours?)\b|24\/7/i.test(prompt));
  const folded = fold(prompt);
  const urls = [...prompt.matchAll(URL)].map((match) => match[0]);
  const donationUrl = urls.find((url) => {
    const before = prompt.slice(Math.max(0, prompt.indexOf(url) - 60), prompt.indexOf(url));
    return DONATION_WORDS.test(url) || DONATION_WORDS.test(before);
  });
  const pix = PIX.exec(prompt)?.[1];
  const isWhatsapp = /whats ?app|\bzap\b|\bwpp\b/.test(folded);
  const whatsapp = isWhatsapp && contact.phone ? internationalDigits(contact.phone, country) : undefined;
  const email = contact.email && contact.email !== pix?.toLowerCase() ? contact.email : undefined;
  return {
    phones: contact.phone ? [contact.phone] : [],
    ...(whatsapp ? { whatsapp } : {}),
    emails: email ? [email] : [],
    ...(contact.street ? { address: contact.street } : {}),
    ...(contact.openingHours ? { openingHours: contact.openingHours } : {}),
    prices: extractPrices(prompt, country),
    people: extractPeople(prompt),
    ...(pix ? { pixKey: pix } : {}),
    ...(donationUrl ? { donationUrl } : {}),
    ...(contact.instagram ? { instagram: contact.instagram } : {}),
    offerings: [],
  };
}
