import { peoplePools, type Person } from './people';
import { uiCopy } from './headings';
import { heading, text, type ComposeEnv } from './compose-env';
import { addressText, hoursText, personName, shortName } from './derived-text';
import { buildRequestedFields } from './build-form-fields';
import { sameVars, wordsText } from './words-copy';
import type { DraftObject } from './draft';
import { hintById } from '@/modules/brief/hints';
import { fold, Text } from '@/modules/brief/text';
import type { QuoteCopy } from './types';
import type { FaqCopy } from '@/modules/brief/kind-types';

/** People for quotes and cards: local names, no one twice, matching a quote's grammatical gender. */
function castPeople(env: ComposeEnv, genders: readonly ('f' | 'm' | undefined)[]): Person[] {
  const pool = env.rng.shuffle(peoplePools[env.brief.people]);
  const used = new Set<Person>();
  return genders.map((gender) => {
    const person = pool.find((candidate) => !used.has(candidate) && (gender === undefined || candidate.gender === gender)) ?? pool[0];
    used.add(person);
    return person;
  });
}

export function buildTestimonials(env: ComposeEnv, id: string): DraftObject {
  const quotes: QuoteCopy[] = env.rng.shuffle(env.copy.quotes).slice(0, 3);
  const people = castPeople(
    env,
    quotes.map((quote) => quote.gender),
  );
  const items = quotes.map((quote, index) => ({
    quote: text(env, quote.quote),
    author: shortName(people[index]),
    role: text(env, quote.role),
    // Nobody said these: examples of what to collect, flagged until real quotes replace them.
    isSample: true,
  }));
  return { id, type: 'testimonials', variant: 'cards', title: heading(env, 'testimonials'), items };
}

export function buildTeam(env: ComposeEnv, id: string): DraftObject {
  const roles = (env.copy.team ?? uiCopy.teamRoles).slice(0, 3);
  const people = castPeople(
    env,
    roles.map((entry) => entry.gender),
  );
  const given = env.brief.site?.facts.people ?? [];
  const members =
    given.length > 0
      ? given.slice(0, 6).map((name, index) => ({ name: Text.same(name), role: text(env, roles[index % roles.length].role) }))
      : roles.map((entry, index) => ({ name: personName(people[index], env.brief.kind), role: text(env, entry.role), isSample: true }));
  return { id, type: 'team', variant: 'cards', title: heading(env, 'team'), members };
}

/** The prompt's own topics first (delivery, 24h…), then the kind's questions, then the family's. */
export function buildFaq(env: ComposeEnv, id: string): DraftObject {
  const fromHints = env.brief.hints
    .map((hintId) => hintById(hintId)?.faq)
    .filter((faq): faq is FaqCopy => faq !== undefined)
    .slice(0, 2);
  const items = [...fromHints, ...env.copy.faq, ...env.family.faq]
    .slice(0, 5)
    .map((faq) => ({ question: text(env, faq.q), answer: text(env, faq.a) }));
  return { id, type: 'faq', variant: 'accordion', title: heading(env, 'faq'), items };
}

type Purpose = 'contact' | 'booking' | 'quote';

/** What the contact form is for: what the person asked (booking, quote), else the family's usual form. */
export function purposeOf(env: ComposeEnv): Purpose {
  // Reached only on WhatsApp: bookings and quotes are asked in the chat, never in a form nobody answers;
  // a form refused, the same on the phone ("Não queremos formulário, liguem").
  if (isReachedOnlyOnWhatsApp(env) || env.brief.site?.facts.noForm) return 'contact';
  const features = env.brief.site?.features ?? [];
  if (features.includes('booking')) return 'booking';
  if (features.includes('quote')) return 'quote';
  return env.family.form === 'message' ? 'contact' : env.family.form;
}

/**
 * A booking or a quote the person asked for where the site has no form for it (they gave their
 * WhatsApp, phone or email and asked for none, or refused one): it is asked for there — the page's
 * main button opens that chat, dials that number or writes that mail, never a contact section with
 * nothing to fill in.
 */
export function channelAction(
  env: Pick<ComposeEnv, 'brief'>,
): { purpose: 'booking' | 'quote'; href: string; channel: 'Whatsapp' | 'Phone' | 'Email' } | undefined {
  const site = env.brief.site;
  if (!site || !(isReachedOnlyOnWhatsApp(env) || site.facts.noForm)) return undefined;
  const purpose = site.features.includes('booking') ? 'booking' : site.features.includes('quote') ? 'quote' : undefined;
  if (!purpose) return undefined;
  if (site.facts.whatsapp && site.features.includes('whatsapp'))
    return { purpose, href: `https://wa.me/${site.facts.whatsapp}`, channel: 'Whatsapp' };
  const { phone, email } = env.brief.contact;
  if (phone) return { purpose, href: `tel:${phone.replace(/[^+\d]/g, '')}`, channel: 'Phone' };
  return email ? { purpose, href: `mailto:${email}`, channel: 'Email' } : undefined;
}

/** The person said WhatsApp is the one way to reach them, and gave its number. */
export function isReachedOnlyOnWhatsApp(env: Pick<ComposeEnv, 'brief'>): boolean {
  const facts = env.brief.site?.facts;
  return facts?.reachOnly === 'whatsapp' && Boolean(facts.whatsapp);
}

/**
 * Google Maps' documented search URL: a plain link, no embed, no script. It searches for the
 * street when there is one, else for the landmark the person named ("metro de Arroios"), else for
 * the business by name, each in its city: never an address we made up.
 */
function mapHref(env: ComposeEnv): string | undefined {
  const { street, landmark } = env.brief.contact;
  const city = env.brief.place?.en;
  if (!street && !landmark && !env.brief.site?.features.includes('map')) return undefined;
  const where = street ?? landmark?.subject ?? env.brief.name;
  return mapSearchHref(where, city);
}

/** Google Maps' search URL for a place in its city (the city left out when the place names it). */
export function mapSearchHref(where: string | null | undefined, city: string | null | undefined): string | undefined {
  const query = [where, where && city && !fold(where).includes(fold(city)) ? city : undefined].filter(Boolean).join(', ');
  // Spaces as "+" (form encoding): the URL filter refuses anything that decodes to whitespace.
  return query ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query).replace(/%20/g, '+')}` : undefined;
}

/** "falar com o Neno", "ask for Walt": whom to ask for, said where people reach the business. */
export function withAskFor(env: Pick<ComposeEnv, 'brief'>, intro: Text): Text {
  const person = env.brief.site?.facts.contactPerson;
  if (!person) return intro;
  const askFor = wordsText('contactAskFor', sameVars({ person }));
  return Text.from((lang) => `${intro.in(lang)} ${askFor.in(lang)}`);
}

export function buildContact(env: ComposeEnv, id: string): DraftObject {
  const { contact } = env.brief;
  const purpose = purposeOf(env);
  const form = purpose === 'contact' ? 'message' : purpose;
  const field = (name: string, label: Text, isRequired: boolean) => ({ name, label, isRequired });
  // A business reached by phone or WhatsApp and by no email answers by phone: the form asks for
  // the visitor's number first, the email becomes optional.
  const answersByPhone = !contact.email && Boolean(contact.phone || env.brief.site?.facts.whatsapp);
  const requested = buildRequestedFields(
    env.brief.site,
    purpose,
    {
      name: text(env, uiCopy.form.name),
      email: text(env, uiCopy.form.email),
      phone: text(env, uiCopy.form.phone),
      date: text(env, uiCopy.form.date),
      time: text(env, uiCopy.form.time),
      service: text(env, uiCopy.form.service),
      address: text(env, uiCopy.form.address),
      message: text(env, uiCopy.form.message[form]),
    },
    answersByPhone,
  );
  const fields = requested ?? [
    field('name', text(env, uiCopy.form.name), true),
    ...(answersByPhone
      ? [field('phone', text(env, uiCopy.form.phone), true), field('email', text(env, uiCopy.form.email), false)]
      : [
          field('email', text(env, uiCopy.form.email), purpose !== 'booking'),
          ...(purpose === 'contact' ? [] : [field('phone', text(env, uiCopy.form.phone), purpose === 'booking')]),
        ]),
    ...(purpose === 'booking'
      ? [
          field('service', text(env, uiCopy.form.service), false),
          field('date', text(env, uiCopy.form.date), true),
          field('time', text(env, uiCopy.form.time), false),
        ]
      : []),
    ...(purpose === 'quote'
      ? [field('service', text(env, uiCopy.form.service), false), field('address', text(env, uiCopy.form.address), false)]
      : []),
    field('message', text(env, uiCopy.form.message[form]), purpose !== 'booking'),
  ];
  const address = addressText(env.brief);
  const hours = contact.openingHours ? hoursText(contact.openingHours) : undefined;
  const whatsapp = env.brief.site?.facts.whatsapp;
  // Every number given is a way in ("tlm … ou fixo …"), but the WhatsApp one is shown as the chat.
  const digits = (phone: string) => phone.replace(/\D/g, '');
  const otherPhones = contact.phone
    ? (env.brief.site?.facts.phones ?? [])
        .filter((phone) => phone !== contact.phone && !(whatsapp && whatsapp.endsWith(digits(phone))))
        .slice(0, 2)
    : [];
  const map = mapHref(env);
  // A phone asked for without the number: a marked line asking for it where the number goes,
  // which the pre-publish check blocks like sample hours. Never a number we made up.
  const isPhoneAwaited = !contact.phone && (contact.isPhoneAwaited === true || env.brief.site?.features.includes('phone') === true);
  const phoneToAdd = isPhoneAwaited ? { text: text(env, uiCopy.addPhone), isSample: true } : undefined;
  // "Aceitamos Pix e cartão em até 6x": the ways to pay, in the owner's words, one line.
  const payments = env.brief.site?.facts.payments;
  const paymentsText = payments && payments.length > 0 ? Text.same(payments.join('; ')) : undefined;
  const hasDetails = Boolean(address || contact.phone || contact.email || hours || whatsapp || phoneToAdd || paymentsText);
  return {
    id,
    type: 'contact',
    variant: hasDetails ? 'split' : 'stacked',
    title: heading(env, 'contact'),
    intro: withAskFor(env, text(env, env.copy.contactIntro ?? env.family.contactIntro)),
    // Reached only on WhatsApp: the chat is the contact, no form beside it; nor where the person refused one.
    ...(isReachedOnlyOnWhatsApp(env) || env.brief.site?.facts.noForm
      ? {}
      : { form: { fields, submit: text(env, uiCopy.form.submit[form]), purpose } }),
    details: hasDetails
      ? {
          address,
          phone: contact.phone,
          ...(otherPhones.length > 0 ? { otherPhones } : {}),
          ...(contact.phone && env.brief.site?.facts.textMessages ? { textMessages: true } : {}),
          ...(contact.phone && env.brief.site?.facts.reachOnly === 'sms' ? { textOnly: true } : {}),
          phoneToAdd,
          email: contact.email,
          hours,
          payments: paymentsText,
          whatsapp,
          map: address && map ? { label: text(env, uiCopy.openMap), href: map } : undefined,
        }
      : undefined,
  };
}

export function buildFooter(env: ComposeEnv, id: string, links: readonly { label: Text; href: string }[] = []): DraftObject {
  const { contact } = env.brief;
  const social = [
    ...(contact.instagram ? [{ network: 'instagram', href: `https://instagram.com/${contact.instagram}` }] : []),
    // wa.me needs the full international number, so only a "+…" phone gets a WhatsApp link.
    ...(env.brief.site?.facts.whatsapp
      ? [{ network: 'whatsapp', href: `https://wa.me/${env.brief.site.facts.whatsapp}` }]
      : !env.brief.site && contact.phone?.startsWith('+')
        ? [{ network: 'whatsapp', href: `https://wa.me/${contact.phone.replace(/\D/g, '')}` }]
        : []),
  ];
  return {
    id,
    type: 'footer',
    variant: links.length > 0 ? 'columns' : 'simple',
    tagline: text(env, uiCopy.tagline),
    links: links.length > 0 ? links.map((entry) => ({ label: entry.label, href: entry.href })) : undefined,
    social: social.length > 0 ? social : undefined,
    copyright: text(env, uiCopy.copyright),
  };
}

/** Stock photos the app ships under /stock (see the offline composer's report for the list). */
export function buildGallery(env: ComposeEnv, id: string): DraftObject {
  const items = env.family.gallery.map((alt, index) => ({
    image: { src: `/stock/${env.brief.kind.family}-${index + 1}.svg`, alt: text(env, alt), width: 1200, height: 900 },
  }));
  return { id, type: 'gallery', variant: 'grid', title: heading(env, 'gallery'), items };
}

export function buildBlogList(env: ComposeEnv, id: string): DraftObject {
  return { id, type: 'blog-list', variant: 'cards', title: heading(env, 'blog-list'), intro: text(env, uiCopy.blogIntro), limit: 3 };
}
