import { uiCopy } from './bank/headings';
import { generalFamily } from './bank/families-b';
import { anchor, heading, link, text, type ComposeEnv } from './compose-env';
import { priceText } from './derived-text';
import type { DraftObject } from './draft';
import type { OfferCopy } from './types';

/**
 * The kind's offers in menu order, minus what the diet hints rule out (no braised beef for a
 * vegan restaurant), with the ones the prompt names ("trabalhista") moved to the front.
 */
export function prioritisedOffers(env: Pick<ComposeEnv, 'brief' | 'copy'>): OfferCopy[] {
  const { hints, focus } = env.brief;
  const isVegan = hints.includes('vegan');
  const isVegetarian = isVegan || hints.includes('vegetarian');
  const allowed = env.copy.offers.filter((offer) => !(isVegan && offer.animal) && !(isVegetarian && offer.animal === 'meat'));
  const named = allowed.filter((offer) => offer.match?.test(focus));
  return [...named, ...allowed.filter((offer) => !named.includes(offer))];
}

/** Up to `max` offers, dropping random ones but keeping the bank's order (starters before desserts). */
function chooseOffers(env: ComposeEnv, max: number): OfferCopy[] {
  const offers = prioritisedOffers(env);
  if (offers.length <= max) return offers;
  const named = offers.filter((offer) => offer.match?.test(env.brief.focus));
  const keep = new Set([...named, ...env.rng.shuffle(offers.filter((offer) => !named.includes(offer)))].slice(0, max));
  return offers.filter((offer) => keep.has(offer));
}

function offerPrice(env: ComposeEnv, offer: OfferCopy) {
  return offer.price === undefined ? undefined : priceText(offer.price, offer.from === true, env.brief.currency);
}

export function buildServices(env: ComposeEnv, id: string): DraftObject {
  const items = chooseOffers(env, 6).map((offer) => ({ title: text(env, offer.title), text: text(env, offer.text), price: offerPrice(env, offer) }));
  const title = env.tone === 'formal' ? heading(env, 'services') : text(env, env.copy.offersTitle);
  return { id, type: 'services', variant: items.length > 4 ? 'list' : 'cards', title, intro: text(env, env.copy.offersIntro), items };
}

export function buildMenu(env: ComposeEnv, id: string): DraftObject {
  const items = chooseOffers(env, 6).map((offer) => ({
    name: text(env, offer.title),
    description: text(env, offer.text),
    price: offerPrice(env, offer) ?? text(env, uiCopy.priceOnRequest),
  }));
  const title = env.tone === 'formal' ? heading(env, 'menu') : text(env, env.copy.offersTitle);
  const note = env.copy.offersNote ? text(env, env.copy.offersNote) : undefined;
  return { id, type: 'menu', variant: items.length >= 6 ? 'two-column' : 'list', title, intro: text(env, env.copy.offersIntro), items, note };
}

export function buildPricing(env: ComposeEnv, id: string): DraftObject {
  const plans = env.copy.plans ?? (env.family.plans.length > 0 ? env.family.plans : generalFamily.plans);
  return {
    id,
    type: 'pricing',
    variant: 'cards',
    title: env.copy.plans && env.tone === 'casual' ? text(env, env.copy.offersTitle) : heading(env, 'pricing'),
    intro: env.copy.plans ? text(env, env.copy.offersIntro) : undefined,
    plans: plans.slice(0, 4).map((plan) => ({
      name: text(env, plan.name),
      price: priceText(plan.price, false, env.brief.currency),
      period: text(env, plan.period),
      description: text(env, plan.description),
      features: plan.features.map((feature) => text(env, feature)),
      cta: link(text(env, uiCopy.planCta), anchor(env.targets.contact)),
      isFeatured: plan.featured === true,
    })),
  };
}
