import { missingFacts } from '@/modules/brief/missing-facts';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { usesVoseo } from '@/lib/i18n/voseo';

/**
 * The brief as plain lines for a model prompt. Every value here came from the person's prompt
 * (or their corrections), so the caller puts the result inside the data block (wrapUserText),
 * never among our instructions.
 */
export function describeBrief(brief: SiteBrief): string {
  const { facts } = brief;
  const lines = [
    `Business name: ${brief.name ?? '(no name given)'}`,
    `Kind of business: ${brief.kind.label.en} (${brief.kind.schemaKind})`,
    brief.location ? `Location: ${brief.location.text}${brief.location.country ? ` (${brief.location.country})` : ''}` : '',
    `Site languages: ${brief.languages.join(', ')}`,
    brief.audience ? `Audience: ${brief.audience}` : '',
    `Tone: ${brief.tone}`,
    `Requested features: ${brief.features.join(', ') || '(none)'}`,
    facts.whatsapp ? `WhatsApp number: ${facts.whatsapp}` : '',
    facts.reachOnly === 'whatsapp' ? 'Reached only on WhatsApp (no phone calls, no form)' : '',
    facts.reachOnly === 'sms' ? 'Reached only by text message (SMS) on the phone number: never offer calls' : '',
    facts.noForm ? 'No form: the person refused one, or gave their phone, WhatsApp or email and asked for none (people call or write)' : '',
    brief.formPurpose ? `The form asked for by name: a ${brief.formPurpose} form` : '',
    facts.phones.length > 0 ? `Phones: ${facts.phones.join('; ')}` : '',
    facts.emails.length > 0 ? `Emails: ${facts.emails.join('; ')}` : '',
    facts.address ? `Address: ${facts.address}` : '',
    facts.landmark ? `Where (a landmark, not a street address): ${facts.landmark}` : '',
    facts.openingHours?.length ? `Opening hours: ${facts.openingHours.join('; ')}` : '',
    facts.prices.length > 0
      ? `Prices: ${facts.prices.map((price) => (price.label ? `${price.label} ${price.text}` : price.text)).join('; ')}`
      : '',
    facts.people.length > 0 ? `People: ${facts.people.join('; ')}` : '',
    facts.offerings.length > 0 ? `Offerings: ${facts.offerings.join('; ')}` : '',
    facts.pixKey ? `PIX key: ${facts.pixKey}` : '',
    facts.payments?.length ? `Ways to pay: ${facts.payments.join('; ')}` : '',
    facts.donationUrl ? `Donation link: ${facts.donationUrl}` : '',
    facts.instagram ? `Instagram: ${facts.instagram}` : '',
    brief.formFields?.length ? `The form asks for: ${brief.formFields.map((entry) => entry.text).join('; ')}` : '',
    ...(brief.testimonials ?? []).map((entry) => `Customer quote: "${entry.quote}"${entry.author ? ` — ${entry.author}` : ''}`),
    brief.regulated
      ? `Regulated profession (${brief.regulated.code}): avoid ${brief.regulated.avoid.join(', ')}. Why: ${brief.regulated.why}`
      : '',
  ];
  return lines.filter(Boolean).join('\n');
}

/** Our instructions about the brief: they stay outside the data block. */
export function briefRules(brief: SiteBrief): string[] {
  const awaited = [...new Set(missingFacts(brief).map((entry) => entry.feature))];
  return [
    'The "Business name … Requested features …" lines inside the description are the brief: what the customer asked for.',
    brief.name
      ? '- Use the business name exactly as given.'
      : '- No business name was given: never invent one; write around it (use the kind of business).',
    '- Use every given fact (numbers, hours, prices, addresses, names) verbatim; never change or invent them.',
    brief.testimonials?.length
      ? '- The "Customer quote" lines are the only testimonials: use them word for word with their author; never add others. Never invent statistics, ratings, awards, staff or client names.'
      : '- Never invent testimonials, statistics, ratings, awards, staff or client names: leave those out.',
    '- Every requested feature must appear as a working element (WhatsApp number, opening hours, map link, forms).',
    ...(brief.formFields?.length
      ? [
          "- The contact form asks what \"The form asks for\" lists, labelled in the customer's words: a name, email, phone, date, time, service or address among them is that field; each other question is its own field, question1 to question4 in order, labelled with the customer's words; questions beyond those four go in the message field's label.",
        ]
      : []),
    ...(awaited.length > 0
      ? [
          `- Asked for without the facts they need: ${awaited.join(', ')}. Never make those facts up (no sample phone numbers, hours or links): leave them out; the app marks where the customer must add them.`,
        ]
      : []),
    ...(brief.regulated
      ? [`- This is a regulated profession (${brief.regulated.code}): do not write ${brief.regulated.avoid.join(', ')}.`]
      : []),
    // The offline composer's copy does the same (words-copy.json "es-vos").
    ...(usesVoseo(brief.location?.country) && brief.languages.some((locale) => locale.startsWith('es'))
      ? ['- The Spanish copy addresses the reader with vos, as businesses write there (escribinos, contanos, mirá, elegí), never tú.']
      : []),
  ];
}
