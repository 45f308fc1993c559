import { z } from 'zod';
import { contactFieldNames, leadPurposes, type LeadFieldName, type LeadPurpose } from '@/modules/document/lead-forms';
import { uiStringsFor } from '@/modules/render/ui-strings';
import raw from './content/lead-form-copy.json';
import { leadFormProblems, type LeadFormProblem } from './parse-lead-form';
import type { LiveSite } from './resolve-site-host';

/**
 * The words of the pages the host answers a site's forms with (thank you, check the form, confirm
 * your subscription), in the site's languages: content in content/lead-form-copy.json, checked
 * here when loaded. Its keys come from document/lead-forms.ts, so a purpose or field without its
 * words fails at load (and in lead-form-copy.test.ts), not in front of a visitor.
 */
const pair = z.tuple([z.string().min(1), z.string().min(1)]);
const keyed = <K extends string>(keys: readonly K[], value: z.ZodType<string> | typeof pair) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, typeof value>).strict();

const copySchema = z
  .object({
    thanks: keyed(leadPurposes, pair),
    rateLimited: pair,
    noSite: pair,
    invalid: pair,
    problems: keyed(leadFormProblems, z.string().min(1)),
    fields: keyed(contactFieldNames, z.string().min(1)),
    send: z.string().min(1),
    confirm: pair,
    confirmButton: z.string().min(1),
    confirmed: pair,
    confirmInvalid: pair,
    back: z.string().min(1),
  })
  .strict();

type Pair = readonly [string, string];
export type LeadFormCopy = {
  thanks: Record<LeadPurpose, Pair>;
  rateLimited: Pair;
  noSite: Pair;
  invalid: Pair;
  problems: Record<LeadFormProblem, string>;
  fields: Record<LeadFieldName, string>;
  send: string;
  confirm: Pair;
  confirmButton: string;
  confirmed: Pair;
  confirmInvalid: Pair;
  back: string;
};

const COPY: Record<string, LeadFormCopy> = z.record(z.string(), copySchema).parse(raw) as Record<string, LeadFormCopy>;

/** The copy's locale for a site locale: the exact one, else its language's first ("pt" → pt-BR), else English. */
export function copyLocaleFor(locale: string | undefined): string {
  if (locale && Object.hasOwn(COPY, locale)) return locale;
  const language = locale?.split('-')[0]?.toLowerCase();
  return Object.keys(COPY).find((candidate) => candidate.split('-')[0] === language) ?? 'en';
}

export function leadFormCopy(locale: string | undefined): LeadFormCopy {
  return COPY[copyLocaleFor(locale)]!;
}

/** The site's name for the host's own pages: recorded with the build, else its address. */
export function siteNameOf(site: LiveSite): string {
  return site.manifest.siteName ?? site.slug;
}

/** The newsletter consent box's words as the site showed them in `locale` (stored with the sign-up). */
export function consentTextFor(locale: string, site: LiveSite): string {
  return uiStringsFor(locale).newsletterConsent.replace('{business}', siteNameOf(site));
}
