import type { SectionType } from '@/modules/document/section-registry';
import type { ComposeEnv } from './compose-env';
import { familyCopy, kindCopy } from './kind-copy';
import type { Rng } from './random';
import { templateVars } from './template-vars';
import type { Brief, Tone } from './types';

const OFFER_TYPES: readonly SectionType[] = ['menu', 'services', 'pricing'];

/** The environment for building sections of a page that has (or will have) `sections`. */
export function createComposeEnv(brief: Brief, rng: Rng, tone: Tone, sections: readonly { id: string; type: SectionType }[]): ComposeEnv {
  const offers = sections.find((section) => OFFER_TYPES.includes(section.type))?.id;
  const contact = sections.find((section) => section.type === 'contact')?.id;
  return {
    brief,
    copy: kindCopy(brief.kind.copyId ?? brief.kind.id),
    family: familyCopy(brief.kind.family),
    vars: templateVars(brief),
    rng,
    tone,
    // Buttons fall back to the contact section (every composed page has one) or the page top.
    targets: { offers: offers ?? contact, contact: contact ?? offers },
  };
}
