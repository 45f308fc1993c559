import { uiCopy } from './headings';
import { anchor, heading, link, text, type ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';
import { hoursRows } from './derived-text';

// Sections that exist because the prompt asked for them: hours, newsletter, donations.

/**
 * The hours the prompt gave, one row per line; a marked sample row when it gave none. Days given
 * without times ("de segunda a sábado") keep their days, with the times left as a marked sample.
 */
export function buildHours(env: ComposeEnv, id: string): DraftObject {
  const given = env.brief.contact.openingHours;
  const rows = given
    ? hoursRows(given).map(({ days, times, hasTimes }) =>
        hasTimes ? { days, times } : { days, times: text(env, uiCopy.sampleHours.times), isSample: true },
      )
    : [{ days: text(env, uiCopy.sampleHours.days), times: text(env, uiCopy.sampleHours.times), isSample: true }];
  return { id, type: 'hours', variant: 'table', title: heading(env, 'hours'), rows };
}

export function buildNewsletter(env: ComposeEnv, id: string): DraftObject {
  const copy = uiCopy.newsletter;
  return {
    id,
    type: 'newsletter',
    variant: 'band',
    title: heading(env, 'newsletter'),
    intro: text(env, copy.intro),
    emailLabel: text(env, copy.email),
    submit: text(env, copy.submit),
    consent: text(env, copy.consent),
  };
}

/**
 * A donate call to the organisation's own page and/or its PIX key, as the prompt gave them. With
 * neither, the call still works: it says to write, and its button opens the contact form (the
 * brief notes that a link or key would be better). Never a button to nowhere, never a made-up key.
 */
export function buildDonate(env: ComposeEnv, id: string): DraftObject {
  const facts = env.brief.site?.facts;
  const url = facts?.donationUrl;
  const isByMessage = !url && !facts?.pixKey;
  return {
    id,
    type: 'donate',
    variant: 'band',
    title: heading(env, 'donate'),
    text: text(env, isByMessage ? uiCopy.donate.byMessage : uiCopy.donate.text),
    link: url
      ? link(text(env, uiCopy.donate.button), url)
      : isByMessage
        ? link(text(env, uiCopy.donate.byMessageButton), anchor(env.targets.contact))
        : undefined,
    pix: facts?.pixKey,
  };
}
