import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { businessSchema, type SiteDocument } from '@/modules/document/site-document-schema';
import type { SectionType } from '@/modules/document/section-registry';
import { emailSchema, phoneSchema } from '@/modules/document/primitives';
import type { BriefFeature, SiteBrief } from '@/modules/brief/site-brief-schema';
import { checkBriefCoverage, type BriefCoverage } from '@/modules/brief/check-brief-coverage';
import { uiCopy } from '@/modules/composer/headings';
import { mapSearchHref } from '@/modules/composer/build-people-sections';
import { landmarkLine } from '@/modules/composer/derived-text';
import { landmarkOf } from '@/modules/composer/landmark-of';
import { phraseIn } from '@/modules/composer/lang-packs';
import { textLangOf } from '@/modules/brief/languages';
import type { OfflineComposer } from './generation-types';

// Features that need a section of their own; the composer writes it when the model did not.
const SECTION_FOR: Partial<Record<BriefFeature, SectionType>> = {
  hours: 'hours',
  newsletter: 'newsletter',
  donation: 'donate',
  menu: 'menu',
  pricing: 'pricing',
  team: 'team',
  faq: 'faq',
  testimonials: 'testimonials',
  whatsapp: 'contact',
  phone: 'contact',
  email: 'contact',
  booking: 'contact',
  quote: 'contact',
  map: 'contact',
};
const CLOSING: readonly SectionType[] = ['cta', 'contact', 'footer'];

type Contact = { details?: Record<string, unknown>; form?: unknown };

function addSection(document: SiteDocument, type: SectionType, offline: Pick<OfflineComposer, 'composeSection'>): SiteDocument {
  const home = document.pages.find((page) => page.slug === '');
  if (!home || home.sections.some((section) => section.type === type)) return document;
  const closing = home.sections.findIndex((section) => CLOSING.includes(section.type) && section.type !== type);
  const generated = offline.composeSection(document, { type });
  if (generated === null || typeof generated !== 'object') return document;
  const merged = mergeGeneratedSection(
    document,
    { ...generated, type },
    { pageSlug: '', position: closing < 0 ? home.sections.length : closing },
  );
  return merged.ok ? merged.document : document;
}

/** One text under `key` in every site language, each from that language's words. */
function writeInEveryLocale(document: SiteDocument, key: string, textIn: (lang: ReturnType<typeof textLangOf>) => string): void {
  for (const locale of document.i18n.locales) (document.i18n.strings[locale] ??= {})[key] = textIn(textLangOf(locale));
}

/** The brief's own facts written where the document keeps them: they are the person's, never the model's. */
function writeFacts(document: SiteDocument, brief: SiteBrief): SiteDocument {
  const copy = structuredClone(document);
  const { facts } = brief;
  const hours = businessSchema.shape.openingHours.safeParse(facts.openingHours);
  if (facts.openingHours?.length && hours.success && copy.seo.business && !copy.seo.business.openingHours?.length) {
    copy.seo.business.openingHours = hours.data;
  }
  const phone = phoneSchema.safeParse(facts.phones[0]);
  const email = emailSchema.safeParse(facts.emails[0]);
  const landmark = facts.landmark ? landmarkOf(facts.landmark, brief.promptLanguage) : undefined;
  // A map asked for that the model left out: a link to the place the person gave (street, else
  // landmark, else the business by name, in its city), never an address we made up.
  let isMapAwaited =
    brief.features.includes('map') &&
    checkBriefCoverage(copy, { ...brief, features: ['map'] }).missing.length > 0 &&
    Boolean(facts.address ?? landmark ?? brief.name);
  for (const section of copy.pages.flatMap((page) => page.sections)) {
    if (section.type !== 'contact') continue;
    const contact = section as unknown as Contact;
    const details = { ...contact.details };
    // The link shows under the address line: the person's own words (or their city) when the
    // model wrote none; with nothing to show it under, no link.
    const where = facts.address ?? landmark ?? brief.location?.text;
    const href =
      isMapAwaited && (details.addressKey || where)
        ? mapSearchHref(facts.address ?? landmark?.subject ?? brief.name, brief.location?.text)
        : undefined;
    if (href) {
      isMapAwaited = false;
      if (!details.addressKey && where) {
        const addressKey = `${section.id}.details.address`;
        details.addressKey = addressKey;
        writeInEveryLocale(copy, addressKey, (lang) => (typeof where === 'string' ? where : lang ? landmarkLine(where, lang) : where.text));
      }
      const labelKey = `${section.id}.details.map.label`;
      writeInEveryLocale(copy, labelKey, (lang) => (lang && phraseIn(uiCopy.openMap, lang)) ?? uiCopy.openMap[0]);
      details.map = { labelKey, href };
    }
    if (facts.whatsapp && brief.features.includes('whatsapp') && !details.whatsapp) details.whatsapp = facts.whatsapp;
    if (phone.success && !details.phone && facts.reachOnly !== 'whatsapp') details.phone = phone.data;
    if (facts.textMessages && details.phone === phone.data) details.textMessages = true;
    if (facts.reachOnly === 'sms' && details.phone === phone.data) details.textOnly = true;
    // A phone asked for without the number: the marked line asking for it (the offline composer's
    // own), never a number; the pre-publish check blocks it until the person gives one.
    if (brief.features.includes('phone') && facts.phones.length === 0 && !details.phone && !details.phoneToAdd) {
      const textKey = `${section.id}.details.phoneToAdd.text`;
      writeInEveryLocale(copy, textKey, (lang) => (lang && phraseIn(uiCopy.addPhone, lang)) ?? uiCopy.addPhone[0]);
      details.phoneToAdd = { textKey, isSample: true };
    }
    if (email.success && !details.email) details.email = email.data;
    // The ways to pay the prompt names, as written: the model's page may leave them out.
    if (facts.payments?.length && !details.paymentsKey) {
      const paymentsKey = `${section.id}.details.payments`;
      const said = facts.payments.join('; ');
      writeInEveryLocale(copy, paymentsKey, () => said);
      details.paymentsKey = paymentsKey;
    }
    contact.details = details;
  }
  return copy;
}

/**
 * "Só atendo pelo WhatsApp": the chat is the one way in, whatever the model wrote — the contact
 * section gives the WhatsApp number, no phone to call and no form; a tel: button becomes the chat.
 */
function reachedOnlyOnWhatsApp(document: SiteDocument, brief: SiteBrief): SiteDocument {
  const { whatsapp, reachOnly } = brief.facts;
  if (reachOnly === 'sms') return reachedOnlyByText(withoutRefusedForm(document, brief));
  if (reachOnly !== 'whatsapp' || !whatsapp) return withoutRefusedForm(document, brief);
  const copy = structuredClone(document);
  for (const section of copy.pages.flatMap((page) => page.sections)) {
    if (section.type === 'contact') {
      const contact = section as unknown as Contact;
      const details: Record<string, unknown> = { ...contact.details, whatsapp };
      delete details.phone;
      contact.details = details;
      delete contact.form;
    }
    for (const slot of ['primary', 'secondary'] as const) {
      const link = (section as Record<string, unknown>)[slot] as { href?: string } | undefined;
      if (link && typeof link.href === 'string' && link.href.startsWith('tel:')) link.href = `https://wa.me/${whatsapp}`;
    }
  }
  return copy;
}

/**
 * "Só por SMS", "texts only": whatever the model wrote, the contact numbers send a text and a tel:
 * button becomes an sms: one to the same number.
 */
function reachedOnlyByText(document: SiteDocument): SiteDocument {
  const copy = structuredClone(document);
  for (const section of copy.pages.flatMap((page) => page.sections)) {
    if (section.type === 'contact') {
      const contact = section as unknown as Contact;
      if (contact.details?.phone) contact.details = { ...contact.details, textOnly: true };
    }
    for (const slot of ['primary', 'secondary'] as const) {
      const link = (section as Record<string, unknown>)[slot] as { href?: string } | undefined;
      if (link && typeof link.href === 'string' && link.href.startsWith('tel:')) link.href = `sms:${link.href.slice('tel:'.length)}`;
    }
  }
  return copy;
}

/** "Não quero formulários": whatever the model wrote, the contact section keeps its details and no form. */
function withoutRefusedForm(document: SiteDocument, brief: SiteBrief): SiteDocument {
  if (!brief.facts.noForm) return document;
  const copy = structuredClone(document);
  for (const section of copy.pages.flatMap((page) => page.sections))
    if (section.type === 'contact') delete (section as unknown as Contact).form;
  return copy;
}

/** The prompt named ways to pay and the page says none of them as written. */
function lacksPayments(document: SiteDocument, brief: SiteBrief): boolean {
  const said = brief.facts.payments ?? [];
  const texts = Object.values(document.i18n.strings).flatMap((table) => Object.values(table));
  return said.length > 0 && !said.every((line) => texts.some((text) => text.includes(line)));
}

/**
 * After a model wrote the site: the brief check, then every requested feature still missing is
 * added (a section from the offline composer, the person's facts written into contact details
 * and structured data) before the draft is saved. Any change that would make the document
 * invalid is dropped rather than saved. Returns the document and the check of the final document.
 */
export function completeBriefFeatures(
  document: SiteDocument,
  brief: SiteBrief,
  offline: Pick<OfflineComposer, 'composeSection'>,
): { document: SiteDocument; coverage: BriefCoverage } {
  const reached = reachedOnlyOnWhatsApp(document, brief);
  if (parseSiteDocument(reached).ok) document = reached;
  const before = checkBriefCoverage(document, brief);
  if (before.missing.length === 0 && !lacksPayments(document, brief)) return { document, coverage: before };
  let next = document;
  for (const feature of before.missing) {
    const type = SECTION_FOR[feature];
    if (type) next = addSection(next, type, offline);
  }
  const withFacts = writeFacts(next, brief);
  if (parseSiteDocument(withFacts).ok) next = withFacts;
  return { document: next, coverage: checkBriefCoverage(next, brief) };
}
