import { z } from 'zod';
import raw from './content/privacy-page.json';
import { PRIVACY_PAGE_SLUG } from './lead-forms';
import type { Page, SiteDocument } from './site-document-schema';

/**
 * The site's privacy page, which the privacy notice under every lead form links to (LGPD/GDPR:
 * the visitor is told who is responsible for what they send, and how to ask about it). Written
 * from the business's own name and contact details, in every language of the site, as ordinary
 * editable content: plain `about` sections (title and paragraphs) whose texts the person can
 * change in the editor like any other. The words are content (content/privacy-page.json).
 *
 * Added where a document becomes a draft (generation) and where it is published, when the site
 * has a lead form and no page at /privacy yet — so generated sites and sites made before it
 * existed both get it — and never replaced once there: the person's edits stay.
 */
const SECTION_IDS = ['privacy', 'collect', 'purpose', 'sharing', 'retention', 'rights'] as const;

const pair = z.tuple([z.string().min(1), z.string().min(1)]);
const copySchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    sections: z
      .object(Object.fromEntries(SECTION_IDS.map((id) => [id, pair])) as Record<(typeof SECTION_IDS)[number], typeof pair>)
      .strict(),
    contact: z.string().includes('{contact}'),
    address: z.string().includes('{address}'),
  })
  .strict();
type PrivacyCopy = z.infer<typeof copySchema>;

const COPY: Record<string, PrivacyCopy> = z.record(z.string(), copySchema).parse(raw);

/** The copy's language for a site locale: the exact one, else its language's first ("pt" → pt-BR), else English. */
function copyFor(locale: string): PrivacyCopy {
  if (Object.hasOwn(COPY, locale)) return COPY[locale]!;
  const language = locale.split('-')[0]!.toLowerCase();
  const match = Object.keys(COPY).find((candidate) => candidate.split('-')[0] === language);
  return COPY[match ?? 'en']!;
}

/** Keys of the page's texts; "privacy_page." keeps them apart from any key a generated site has. */
const KEY = 'privacy_page';

export function hasLeadForm(document: SiteDocument): boolean {
  return document.pages.some((page) =>
    page.sections.some((section) => (section.type === 'contact' && section.form !== undefined) || section.type === 'newsletter'),
  );
}

/** How to reach the business, from its structured data, else from a contact section's details. */
function contactOf(document: SiteDocument): { contact: string; address: string } {
  const business = document.seo.business;
  const details = document.pages
    .flatMap((page) => page.sections)
    .flatMap((section) => (section.type === 'contact' && section.details ? [section.details] : []))[0];
  const email = business?.email ?? details?.email;
  const phone = business?.phone ?? details?.phone;
  const place = business?.address;
  const address = place ? [place.street, place.postalCode, place.locality, place.region, place.country].filter(Boolean).join(', ') : '';
  return { contact: [email, phone].filter(Boolean).join(' · '), address };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** `document` with a privacy page when it has a lead form and no page at /privacy; otherwise `document` itself. */
export function ensurePrivacyPage(document: SiteDocument): SiteDocument {
  if (!hasLeadForm(document) || document.pages.some((page) => page.slug === PRIVACY_PAGE_SLUG)) return document;
  if (document.pages.length >= 200) return document;
  const { contact, address } = contactOf(document);
  const strings: SiteDocument['i18n']['strings'] = { ...document.i18n.strings };
  for (const locale of document.i18n.locales) {
    const copy = copyFor(locale);
    const table = document.i18n.strings[locale] ?? {};
    const business = table[document.site.nameKey]?.trim() || document.seo.business?.name || '';
    const values = {
      business,
      contact: contact ? fill(copy.contact, { contact }) : '',
      address: address ? fill(copy.address, { address }) : '',
    };
    const texts: Record<string, string> = {
      [`${KEY}.title`]: copy.title,
      [`${KEY}.description`]: fill(copy.description, values),
    };
    for (const id of SECTION_IDS) {
      texts[`${KEY}.${id}.title`] = copy.sections[id][0];
      texts[`${KEY}.${id}.body`] = fill(copy.sections[id][1], values);
    }
    strings[locale] = { ...table, ...texts };
  }
  const page: Page = {
    slug: PRIVACY_PAGE_SLUG,
    kind: 'page',
    titleKey: `${KEY}.title`,
    descriptionKey: `${KEY}.description`,
    sections: SECTION_IDS.map((id) => ({ id, type: 'about', titleKey: `${KEY}.${id}.title`, bodyKey: `${KEY}.${id}.body` })),
  };
  return { ...document, i18n: { ...document.i18n, strings }, pages: [...document.pages, page] };
}
