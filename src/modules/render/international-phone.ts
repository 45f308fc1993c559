import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * Phone numbers as a site shows and dials them. The owner types a number in whatever way
 * ("81 99876-5432", "+55 81 998765432", digits only), often differently in different places; the
 * site shows every number one way and dials every one as E.164, since a `tel:` link or
 * structured data without the country code reaches nobody from another area or country. The
 * way is the owner's: written with its country code, the site's main number (the contact
 * details', else the business's) makes every number show internationally ("+351 266 700 100");
 * otherwise numbers of the business's country show in its national format ("(81) 99876-5432")
 * and others internationally.
 *
 * libphonenumber-js with its default ("min") metadata: it knows every country's formats. That
 * metadata is enough to format and to tell a possible number; the renderer runs in the editor
 * too, and the "max" metadata (exact validation) would triple what it adds there.
 */

/** The country a site's local numbers belong to: the business's address, else the default language's region. */
export function siteCountry(document: SiteDocument): CountryCode | undefined {
  const fromAddress = document.seo.business?.address?.country?.trim().toUpperCase();
  if (fromAddress && isSupportedCountry(fromAddress)) return fromAddress;
  const region = /-([A-Z]{2})$/.exec(document.i18n.defaultLocale)?.[1];
  return region && isSupportedCountry(region) ? region : undefined;
}

function parse(phone: string, country: CountryCode | undefined): PhoneNumber | undefined {
  const trimmed = phone.trim();
  // "00" is the international prefix nearly everywhere; without a country libphonenumber can't know.
  const written = !country && /^00[1-9]/.test(trimmed.replace(/[^\d+]/g, '')) ? `+${trimmed.replace(/\D/g, '').slice(2)}` : trimmed;
  const parsed = parsePhoneNumberFromString(written, country);
  return parsed?.isPossible() ? parsed : undefined;
}

/**
 * Numbers dialled only from inside the country (Brazil's 0800/0300/0500/0900 service lines):
 * written with a country code they would fail from abroad and at home alike.
 */
function isNationalOnly(phone: string, country: CountryCode | undefined): boolean {
  return country === 'BR' && /^0[3589]00/.test(phone.replace(/\D/g, ''));
}

/** "+5581998765432" for "(81) 99876-5432" in BR; undefined when the number can't be placed. */
export function e164Number(phone: string, country: CountryCode | undefined): string | undefined {
  return isNationalOnly(phone, country) ? undefined : parse(phone, country)?.number;
}

/** `e164Number`, else the digits as written (a national-only or unknown number still dials at home). */
export function dialableNumber(phone: string, country: CountryCode | undefined): string {
  return e164Number(phone, country) ?? phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
}

export type PhoneStyle = 'national' | 'international';

/** How the owner writes the site's main number: the contact details' (home page first), else the business's. */
export function sitePhoneStyle(document: SiteDocument): PhoneStyle {
  const pages = [...document.pages].sort((a, b) => (a.slug === '' ? -1 : b.slug === '' ? 1 : 0));
  const contactPhone = pages
    .flatMap((page) => page.sections)
    .map((section) => (section.type === 'contact' ? section.details?.phone : undefined))
    .find(Boolean);
  const main = (contactPhone ?? document.seo.business?.phone ?? '').trim();
  return /^(\+|00)/.test(main) ? 'international' : 'national';
}

/** "(81) 99876-5432" on a Brazilian site, "+351 912 345 678" there for a Portuguese number; as written when it can't be placed. */
export function displayPhone(phone: string, country: CountryCode | undefined, style: PhoneStyle = 'national'): string {
  const parsed = isNationalOnly(phone, country) ? undefined : parse(phone, country);
  if (!parsed) return phone.trim();
  const isLocal = style === 'national' && parsed.country !== undefined && parsed.country === country;
  return isLocal ? parsed.formatNational() : parsed.formatInternational();
}
