import { findKeysIn } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { extractLandmark } from '@/modules/brief/extract-landmark';
import { resolveTaxonomyKind } from '@/modules/brief/taxonomy';
import { cleanName } from '@/modules/brief/clean-name';
import { extractPlace } from '@/modules/brief/extract-place';
import { detectHints } from '@/modules/brief/hints';
import { findGazetteerEntry, placeFromEntry } from '@/modules/brief/places';
import { textLangOf } from '@/modules/brief/languages';
import { escapeRegExp, fold } from '@/modules/brief/text';
import type { Brief } from './types';
import type { Contact, Place } from '@/modules/brief/kind-types';
import { currencyFor, peopleFor } from './locale-defaults';
import { siteKind } from './site-kind';

function isArticle(value: string | undefined): value is NonNullable<Place['ptArticle']> {
  return value === 'o' || value === 'a' || value === 'os' || value === 'as';
}

/** The place from the business address, else from the SEO texts ("… in Lisbon"). */
function placeOf(document: SiteDocument, summary: string): Place | undefined {
  const locality = document.seo.business?.address?.locality;
  if (!locality) return extractPlace(summary)?.place;
  const entry = findGazetteerEntry(locality);
  if (entry) return placeFromEntry(entry);
  // An unknown place keeps the article its Portuguese texts already use ("no Recife").
  const portuguese = document.i18n.locales.find((locale) => textLangOf(locale)?.startsWith('pt'));
  const texts = Object.values(portuguese ? (document.i18n.strings[portuguese] ?? {}) : {}).join('\n');
  const article = new RegExp(`\\bn(o|a|os|as) ${escapeRegExp(locality)}\\b`).exec(texts)?.[1];
  return { en: locality, pt: locality, ...(isArticle(article) ? { ptArticle: article } : {}) };
}

/** The address line that is a landmark the composer wrote ("Perto do metro de Arroios"), read back into its parts. */
function landmarkIn(address: string, locale: string): Contact['landmark'] {
  for (const line of address.split('\n')) {
    const read = extractLandmark(line, locale);
    if (read && read.text === line.trim()) return read;
  }
  return undefined;
}

/**
 * What the offline composer needs, read back from a document (ours or a model's): the name and
 * schema.org kind from the SEO business data, the finer kind, place and hints from the texts
 * that describe the business (site name, SEO title and description, the hero).
 */
export function briefFromDocument(document: SiteDocument): Brief {
  const { defaultLocale, strings } = document.i18n;
  const table = strings[defaultLocale] ?? {};
  const home = document.pages.find((page) => page.slug === '') ?? document.pages[0];
  const hero = home?.sections.find((section) => section.type === 'hero');
  const keys = [document.site.nameKey, document.seo.titleKey, document.seo.descriptionKey, ...findKeysIn(hero ?? {})];
  const summary = keys
    .map((key) => table[key] ?? '')
    .filter(Boolean)
    .join('\n');
  const business = document.seo.business;
  const siteName = table[document.site.nameKey];
  const name = cleanName(business?.name ?? '') ?? cleanName(siteName ?? '') ?? 'My business';
  const kind = siteKind(resolveTaxonomyKind(summary, business?.kind));
  const place = placeOf(document, summary);

  const contactSection = home?.sections.find((section) => section.type === 'contact');
  const details = contactSection?.type === 'contact' ? contactSection.details : undefined;
  const contact: Contact = {};
  const phone = business?.phone ?? details?.phone;
  const email = business?.email ?? details?.email;
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  if (business?.address?.street) contact.street = business.address.street;
  if (business?.openingHours) contact.openingHours = business.openingHours;
  const landmark = landmarkIn(details?.addressKey ? (table[details.addressKey] ?? '') : '', defaultLocale);
  if (landmark) contact.landmark = landmark;
  // Still asking for the number: a contact section written again keeps asking.
  if (!phone && details?.phoneToAdd) contact.isPhoneAwaited = true;

  return {
    name,
    isNameStated: true,
    kind,
    ...(place ? { place } : {}),
    hints: detectHints(summary, kind.copyId ?? kind.id),
    contact,
    focus: fold(summary),
    currency: currencyFor(place, defaultLocale),
    people: peopleFor(place, defaultLocale),
  };
}
