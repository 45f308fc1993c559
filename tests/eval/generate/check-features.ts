import { checkSamples } from '../../../src/modules/build/check-samples';
import type { SiteDocument } from '../../../src/modules/document/site-document-schema';
import type { EvalFeature } from './eval-case';

/**
 * Whether a requested feature is on the site as a *working element*, judged from what a visitor
 * gets (the built home page HTML) and the document, not from what the generator says it did.
 * Written to be independent of how the generator builds things: a WhatsApp link is any wa.me
 * link, a booking form is any form with a date field or booking words, and so on.
 */
type Page = { html: string; document: SiteDocument };

const FORM = /<form[\s\S]*?<\/form>/g;
const words = {
  booking: /\b(book|booking|appointment|reserv|agend|marca[çc]|marcar|cita|turno|schedule a|pre-?order|encomend)/i,
  quote: /\b(quote|estimate|or[çc]amento|presupuesto|cotiza)/i,
  newsletter: /\b(newsletter|subscribe|subscr|sign up|assin|inscrev|suscr|bolet[ií]n|boletim|novidades)/i,
  donation: /\b(donat|donate|doa[çc]|doe\b|doar|donativ|donaci|don[ae]\b|pix|mb way|dízimo|dizimo|ofertas?)/i,
  delivery: /\b(deliver|delivery|entrega|envío|envio|envia|frete|domic[ií]lio|shipping|ships|leva e traz|coleta)/i,
};

/** The visible words of every link that opens a WhatsApp chat, dials a number or writes a mail. */
function channelLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="(?:https:\/\/wa\.me\/\d{8,15}[^"]*|tel:[^"]+|mailto:[^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(
    (match) => visibleText(match[1]!),
  );
}

function forms(html: string): string[] {
  return [...html.matchAll(FORM)].map((match) => match[0]);
}

function sections(document: SiteDocument, type: string) {
  return document.pages.flatMap((page) => page.sections).filter((section) => section.type === type);
}

function hasPricedItems(document: SiteDocument): boolean {
  for (const section of document.pages.flatMap((page) => page.sections)) {
    if (section.type === 'pricing' && section.plans.length > 0) return true;
    if (section.type === 'menu' && section.items.some((item) => 'priceKey' in item && item.priceKey)) return true;
    if (section.type === 'services' && section.items.some((item) => item.priceKey)) return true;
  }
  return false;
}

/** A section listing when things start, each line with a time ("Seg, qua e sex: 6h30, 7h30"). */
function hasTimetable(document: SiteDocument): boolean {
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  return document.pages
    .flatMap((page) => page.sections)
    .some((section) => {
      if (section.type !== 'services' || section.items.length === 0) return false;
      return section.items.every((item) => /\d{1,2}(\s*h|:\d\d|\s*[ap]\.?m)/i.test(strings[item.titleKey] ?? ''));
    });
}

/** Visible text of the page, tags stripped (good enough for keyword checks). */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
}

export function hasFeature(feature: EvalFeature, { html, document }: Page): boolean {
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
  switch (feature) {
    case 'hours':
      // What search engines get: the published structured data, wherever it was read from — or,
      // for classes and services ("seg/qua 7h, 12h e 19h"), the timetable, which is not opening hours.
      return /"openingHours":\["/.test(html) || hasTimetable(document);
    case 'whatsapp':
      return hrefs.some((href) => /^https:\/\/wa\.me\/\d{8,15}/.test(href));
    case 'phone':
      return hrefs.some((href) => href.startsWith('tel:'));
    case 'email':
      return hrefs.some((href) => href.startsWith('mailto:'));
    case 'map':
      return hrefs.some((href) => /google\.[a-z.]+\/maps|openstreetmap\.org|maps\.apple\.com|^geo:/.test(href));
    // A booking or a quote is taken by a form — or, where the person takes them on WhatsApp, the
    // phone or by email, by a button that says so and opens that chat, dials or writes.
    case 'booking':
      return (
        forms(html).some((form) => /type="(date|datetime-local|time)"/.test(form) || words.booking.test(visibleText(form))) ||
        channelLinks(html).some((label) => words.booking.test(label))
      );
    case 'quote':
      return forms(html).some((form) => words.quote.test(visibleText(form))) || channelLinks(html).some((label) => words.quote.test(label));
    case 'newsletter':
      return forms(html).some((form) => /type="email"/.test(form) && words.newsletter.test(visibleText(form)));
    case 'donation':
      // A donate button that only scrolls to the contact form is not a way to give: the section
      // must carry a payment link or the key/account to pay to.
      return html.split('<section').some((section) => {
        const text = visibleText(`<section${section}`);
        return words.donation.test(text) && (/href="https?:\/\//.test(section) || /\b(chave|key|clave|iban|nib|mb way)\b/i.test(text));
      });
    case 'delivery':
      return words.delivery.test(visibleText(html));
    case 'social':
      return hrefs.some((href) => /instagram\.com|facebook\.com|tiktok\.com|x\.com|twitter\.com|linkedin\.com|youtube\.com/.test(href));
    case 'menu':
      return sections(document, 'menu').some((section) => section.type === 'menu' && section.items.length > 0);
    case 'pricing':
      return hasPricedItems(document);
    case 'gallery':
      return sections(document, 'gallery').some((section) => section.type === 'gallery' && section.items.length > 0);
    case 'team':
      return sections(document, 'team').some((section) => section.type === 'team' && section.members.length > 0);
    case 'faq':
      return sections(document, 'faq').length > 0;
    case 'testimonials':
      return sections(document, 'testimonials').length > 0;
    case 'blog':
      return document.pages.filter((page) => page.kind === 'post').length >= 2 && /class="[^"]*\bpost\b/.test(html);
  }
}

/**
 * A requested feature the prompt gave no facts for, stood in by a sample-marked element that the
 * pre-publish check blocks until the person fills it in: hours asked for without hours ("horário
 * de funcionamento"), a phone asked for without the number ("encomendas por telefone"). It is
 * not a working element yet — `openingHours` only ever comes from real hours, a `tel:` link only
 * from a real number — so the eval counts it apart from the working features; the headline's
 * "present" figure adds it, and only because the same page cannot be published until it is filled.
 */
export function hasBlockedPlaceholder(feature: EvalFeature, { document }: Page): boolean {
  // The pre-publish check itself must block the page, not only our reading of the document.
  if (!checkSamples(document).some((check) => check.level === 'error')) return false;
  if (feature === 'hours')
    return sections(document, 'hours').some(
      (section) =>
        section.type === 'hours' &&
        section.rows.length > 0 &&
        section.rows.every((row) => (row as { isSample?: boolean }).isSample === true),
    );
  if (feature === 'phone')
    return sections(document, 'contact').some((section) => {
      const toAdd = section.type === 'contact' ? section.details?.phoneToAdd : undefined;
      return toAdd?.isSample === true && Boolean(document.i18n.strings[document.i18n.defaultLocale]?.[toAdd.textKey]);
    });
  return false;
}
