import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import type { SectionType } from '@/modules/document/section-registry';
import { biSchema, sectionTypeSchema } from '@/modules/brief/content-schemas';
import type { Bi } from '@/modules/brief/kind-types';
import content from './bank/headings.json';

type Headings = { casual: readonly Bi[]; formal: Bi };

const headingsSchema = z.strictObject({ casual: z.array(biSchema).min(1), formal: biSchema });
const formSchema = z.strictObject({ message: biSchema, booking: biSchema, quote: biSchema });

// The shape of the words the composer writes around the kind's copy; the words are in headings.json.
const uiCopySchema = z.strictObject({
  home: biSchema,
  blogIntro: biSchema,
  copyright: biSchema,
  tagline: biSchema,
  seoTitle: biSchema,
  seoTitleShort: biSchema,
  eyebrow: biSchema,
  priceOnRequest: biSchema,
  call: biSchema,
  planCta: biSchema,
  teamRoles: z.array(z.strictObject({ role: biSchema, gender: z.enum(['f', 'm']).optional() })),
  // Placeholders, marked as samples (publishing is blocked until the owner gives the real hours):
  // no days either, since "Mon–Fri" would already be a claim.
  sampleHours: z.strictObject({ days: biSchema, times: biSchema }),
  // A phone asked for without the number: what the contact details say until the person adds it.
  addPhone: biSchema,
  newsletter: z.strictObject({ intro: biSchema, email: biSchema, submit: biSchema, consent: biSchema }),
  donate: z.strictObject({
    text: biSchema,
    button: biSchema,
    // No donation link or PIX key in the prompt: the button opens the contact form, and says so.
    byMessage: biSchema,
    byMessageButton: biSchema,
  }),
  whatsapp: biSchema,
  openMap: biSchema,
  form: z.strictObject({
    name: biSchema,
    email: biSchema,
    phone: biSchema,
    date: biSchema,
    time: biSchema,
    service: biSchema,
    address: biSchema,
    message: formSchema,
    submit: formSchema,
  }),
});

// The numbers in these are only used when the prompt gave them ("24h" → open around the clock).
const derivedCopySchema = z.strictObject({
  free: biSchema,
  fromPrice: biSchema,
  askForDetails: biSchema,
  periods: z.strictObject({ hour: biSchema, day: biSchema, week: biSchema, month: biSchema, year: biSchema }),
  everyDay: biSchema,
  allDay: biSchema,
  openAllDay: biSchema,
  midnight: biSchema,
  // Before a landmark the person named, in a language other than theirs: "Near metro de Arroios".
  landmark: z.strictObject({ near: biSchema, 'next-to': biSchema, opposite: biSchema }),
});

const headingSections = sectionTypeSchema.exclude(['hero', 'footer']);

const headings = parseContent(
  'src/modules/composer/bank/headings.json',
  z.strictObject({
    sectionHeadings: z.record(headingSections, headingsSchema),
    navLabels: z.partialRecord(sectionTypeSchema, biSchema),
    uiCopy: uiCopySchema,
    derivedCopy: derivedCopySchema,
  }),
  content,
);

/** Section titles when the kind has no better one; `formal` is used for "more formal". */
export const sectionHeadings: Record<Exclude<SectionType, 'hero' | 'footer'>, Headings> = headings.sectionHeadings;

/** Short labels for the header navigation, by the section they point at. */
export const navLabels: Partial<Record<SectionType, Bi>> = headings.navLabels;

export const uiCopy = headings.uiCopy;

/** Words around texts computed from the prompt's facts (prices, hours): see `derived-text.ts`. */
export const derivedCopy = headings.derivedCopy;
