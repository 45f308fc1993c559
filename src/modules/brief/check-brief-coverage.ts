import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { BriefFeature, SiteBrief } from './site-brief-schema';

export type FeatureCoverage = {
  feature: BriefFeature;
  /** `withheld`: asked for, but the profession's advertising code forbids it (the brief says why). */
  status: 'present' | 'missing' | 'withheld';
};

/** A thing the person named ("hull patches", "ISO 9001"), and whether the page says it. */
export type ItemCoverage = { text: string; status: 'present' | 'missing' };

export type BriefCoverage = { features: FeatureCoverage[]; missing: BriefFeature[]; items?: ItemCoverage[] };

function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
}

type Section = SiteDocument['pages'][number]['sections'][number];

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/** Every href in the document (links, buttons, social profiles), however deeply a section nests it. */
function hrefsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => hrefsOf(item, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'href' && typeof child === 'string') out.push(child);
      else hrefsOf(child, out);
    }
  }
  return out;
}

function field<T>(section: Section, read: (fields: Record<string, unknown>) => T): T {
  return read(section as unknown as Record<string, unknown>);
}

/**
 * Delivery told on the page ("we deliver to your door", a delivery card or question): a home
 * delivery asked for without a delivery platform's link has no link to give, and that is it.
 */
const DELIVERY_WORDS =
  /\b(deliver\w*|delivery|entregas?|entregamos|envios?|envíos?|enviamos|domic[ií]lio|shipping|ships|tele-?entrega|frete|leva e traz)\b/i;

/** The texts the site's sections show, in every language (strings of sections no page holds are left out). */
function shownTexts(document: SiteDocument, sections: readonly Section[]): string[] {
  const ids = new Set(sections.map((section) => section.id));
  return Object.values(document.i18n.strings).flatMap((strings) =>
    Object.entries(strings ?? {})
      .filter(([key]) => ids.has(key.split('.')[0] ?? ''))
      .map(([, text]) => text),
  );
}

type Details = { phone?: string; phoneToAdd?: { isSample?: boolean }; email?: string; whatsapp?: string; map?: { href: string } };
type Form = { purpose?: string };

/**
 * Which of the brief's requested features the finished document really has, read from the
 * document itself (not from what the plan promised): a WhatsApp feature needs the number as a
 * contact detail or a wa.me link, hours need an hours section (and the given hours in the
 * structured data), a blog needs at least two posts, and so on.
 */
export function checkBriefCoverage(document: SiteDocument, brief: SiteBrief): BriefCoverage {
  const sections = document.pages.flatMap((page) => page.sections);
  const has = (type: Section['type']) => sections.some((section) => section.type === type);
  const contacts = sections.filter((section) => section.type === 'contact');
  const details = contacts.map((section) => field(section, (fields) => (fields.details ?? {}) as Details));
  const forms = contacts.map((section) => field(section, (fields) => fields.form as Form | undefined)).filter(Boolean) as Form[];
  const hrefs = hrefsOf(document.pages);
  const business = document.seo.business;
  const wanted = brief.facts.whatsapp;

  // Reached only on WhatsApp, or with a form refused: a booking or a quote is asked in the chat or on the phone.
  const askedWithoutForm = (): boolean =>
    (brief.facts.reachOnly === 'whatsapp' && checks.whatsapp()) || (brief.facts.noForm === true && (checks.whatsapp() || checks.phone()));
  const checks: Record<BriefFeature, () => boolean> = {
    hours: () =>
      (has('hours') && (!brief.facts.openingHours?.length || (business?.openingHours?.length ?? 0) > 0)) ||
      // "Horários: seg/qua 7h e 19h": the timetable given is the times asked for, shown as its own section.
      (!brief.facts.openingHours?.length &&
        sections.some((section) => section.id === 'schedule') &&
        (brief.items ?? []).some((item) => item.role === 'schedule' && /\d/.test(item.text))),
    whatsapp: () =>
      details.some((detail) => detail.whatsapp !== undefined && (!wanted || detail.whatsapp === wanted)) ||
      hrefs.some((href) => /^https:\/\/(wa\.me|api\.whatsapp\.com)\//.test(href) && (!wanted || digits(href).includes(wanted))),
    // Asked for without the number: present as the marked "add your phone number" (like sample
    // hours), which the pre-publish check blocks until the person gives the number.
    phone: () =>
      details.some((detail) => detail.phone || (brief.facts.phones.length === 0 && detail.phoneToAdd?.isSample)) ||
      Boolean(business?.phone) ||
      hrefs.some((href) => href.startsWith('tel:')),
    email: () => details.some((detail) => detail.email) || Boolean(business?.email) || hrefs.some((href) => href.startsWith('mailto:')),
    map: () =>
      details.some((detail) => detail.map) ||
      hrefs.some((href) => /^https:\/\/(www\.)?(google\.[a-z.]+\/maps|maps\.|openstreetmap\.org)/.test(href)),
    booking: () => forms.some((form) => form.purpose === 'booking') || askedWithoutForm(),
    quote: () => forms.some((form) => form.purpose === 'quote') || askedWithoutForm(),
    menu: () => has('menu'),
    // …or each price on its offering's card ("Buço R$ 15"), where a list would repeat them.
    pricing: () =>
      has('pricing') ||
      has('menu') ||
      sections.some(
        (section) =>
          section.type === 'services' &&
          field(section, (fields) => ((fields.items ?? []) as { priceKey?: string }[]).some((item) => item.priceKey !== undefined)),
      ),
    newsletter: () => has('newsletter'),
    blog: () => document.pages.filter((page) => page.kind === 'post').length >= 2,
    donation: () => has('donate'),
    delivery: () =>
      hrefs.some((href) => /ifood|rappi|ubereats|uber\.com|doordash|deliveroo|glovo|just-?eat|wa\.me/.test(href)) ||
      shownTexts(document, sections).some((text) => DELIVERY_WORDS.test(text)),
    social: () => sections.some((section) => field(section, (fields) => Array.isArray(fields.social) && fields.social.length > 0)),
    gallery: () => has('gallery'),
    team: () => has('team'),
    faq: () => has('faq'),
    testimonials: () => has('testimonials'),
  };

  const features = brief.features.map((feature): FeatureCoverage => {
    if (feature === 'testimonials' && brief.regulated?.avoid.includes('testimonials')) return { feature, status: 'withheld' };
    return { feature, status: checks[feature]() ? 'present' : 'missing' };
  });
  // Every thing the person named must be on the page in their words: "everything you asked for
  // is there" is never said while one of them is not.
  const shown = new Set(shownTexts(document, sections).flatMap(foldWords));
  // The questions they asked the form to ask ("número de convidados") count as things they named.
  const items = [
    ...(brief.items ?? []).filter((item) => !item.feature && item.role !== 'detail').map((item) => item.text),
    ...(brief.formFields ?? []).map((entry) => entry.text),
  ].map((text): ItemCoverage => ({ text, status: foldWords(text).every((word) => shown.has(word)) ? 'present' : 'missing' }));
  return {
    features,
    missing: features.filter((entry) => entry.status === 'missing').map((entry) => entry.feature),
    ...(items.length > 0 ? { items } : {}),
  };
}
