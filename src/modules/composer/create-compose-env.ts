import type { SectionType } from '@/modules/document/section-registry';
import { pageLinkTargets } from './choose-hero-targets';
import type { ComposeEnv } from './compose-env';
import { familyCopy, kindCopy } from './kind-copy';
import type { Rng } from './random';
import { templateVars } from './template-vars';
import type { Brief, Tone } from './types';

/** The environment for building sections of a page that has (or will have) `sections`. */
export function createComposeEnv(brief: Brief, rng: Rng, tone: Tone, sections: readonly { id: string; type: SectionType }[]): ComposeEnv {
  return {
    brief,
    copy: kindCopy(brief.kind.copyId ?? brief.kind.id),
    family: familyCopy(brief.kind.family),
    vars: templateVars(brief),
    rng,
    tone,
    // Buttons fall back to the contact section (every composed page has one) or the page top.
    targets: pageLinkTargets(sections),
  };
}
