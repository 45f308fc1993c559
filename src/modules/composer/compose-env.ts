import type { SectionType } from '@/modules/document/section-registry';
import { sectionHeadings } from './headings';
import type { Rng } from './random';
import { phraseIn } from './lang-packs';
import type { LangVars } from './template-vars';
import { fill, placeholdersIn, Text } from '@/modules/brief/text';
import type { Brief, FamilyCopy, KindCopy, Tone } from './types';
import type { Bi } from '@/modules/brief/kind-types';

/** What every section builder reads: the brief, its phrase banks and the choices made so far. */
export type ComposeEnv = {
  brief: Brief;
  copy: KindCopy;
  family: FamilyCopy;
  vars: LangVars;
  rng: Rng;
  tone: Tone;
  /** Ids of sections on the page that buttons can point at. */
  targets: { offers?: string; contact?: string };
};

/**
 * A phrase of the bank, filled in for the business in every language. A language pack that
 * lacks the phrase gets the English text (a test keeps every pack complete, so a published
 * site never meets this; the translation check would flag it if one did).
 */
export function text(env: Pick<ComposeEnv, 'vars'>, phrase: Bi): Text {
  return Text.from((lang) => fill(phraseIn(phrase, lang) ?? phrase[0], env.vars[lang]));
}

/** A phrase that names the place itself ("…that Lisbon was waiting for") needs one. */
export function isUsable(env: Pick<ComposeEnv, 'brief'>, phrase: Bi): boolean {
  return (
    env.brief.place !== undefined || !phrase.some((side) => placeholdersIn(side).some((name) => name === 'place' || name === 'thePlace'))
  );
}

export function usable<T>(env: Pick<ComposeEnv, 'brief'>, items: readonly T[], phraseOf: (item: T) => readonly Bi[]): T[] {
  return items.filter((item) => phraseOf(item).every((phrase) => isUsable(env, phrase)));
}

/** The section's title: the kind's own, else a generic one in the requested tone. */
export function heading(env: ComposeEnv, type: Exclude<SectionType, 'hero' | 'footer'>): Text {
  const own = env.copy.headings?.[type];
  if (own && env.tone === 'casual') return text(env, own);
  const bank = sectionHeadings[type];
  return text(env, env.tone === 'formal' ? bank.formal : env.rng.pick(bank.casual));
}

export function link(label: Text, href: string): { label: Text; href: string } {
  return { label, href };
}

export function anchor(id: string | undefined, fallback = 'contact'): string {
  return `#${id ?? fallback}`;
}
