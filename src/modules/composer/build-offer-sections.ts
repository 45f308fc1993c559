import { uiCopy } from './headings';
import { generalFamily } from './families-b';
import { anchor, heading, link, text, type ComposeEnv } from './compose-env';
import { askForDetailsText, givenPriceText, periodTexts, priceText } from './derived-text';
import { nounIn } from './lang-packs';
import { capitalize, Text } from '@/modules/brief/text';
import type { BriefPrice } from '@/modules/brief/site-brief-schema';
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

/** A price the prompt gave for this offer (its label names the offer), formatted per locale. */
function givenPriceFor(env: ComposeEnv, title: string): Text | undefined {
  const folded = title.toLowerCase();
  const price = env.brief.site?.facts.prices.find((candidate) => candidate.label && folded.includes(candidate.label.toLowerCase()));
  return price ? givenPriceText(price, env.brief.site?.languages ?? []) : undefined;
}

const ASK_FOR_DETAILS = askForDetailsText;

export function buildServices(env: ComposeEnv, id: string): DraftObject {
  const offerings = env.brief.site?.facts.offerings ?? [];
  // The prompt's own list of what the business does beats any phrase bank.
  const items =
    offerings.length >= 2
      ? offerings
          .slice(0, 8)
          .map((offering) => ({ title: Text.same(offering), text: ASK_FOR_DETAILS, price: givenPriceFor(env, offering) }))
      : chooseOffers(env, 6).map((offer) => ({
          title: text(env, offer.title),
          text: text(env, offer.text),
          price: givenPriceFor(env, `${offer.title[0]} ${offer.title[1]}`),
        }));
  const title = env.tone === 'formal' ? heading(env, 'services') : text(env, env.copy.offersTitle);
  return { id, type: 'services', variant: items.length > 4 ? 'list' : 'cards', title, intro: text(env, env.copy.offersIntro), items };
}

function pricedFacts(env: ComposeEnv, recurring: boolean): BriefPrice[] {
  return (env.brief.site?.facts.prices ?? []).filter((price) => Boolean(price.period) === recurring);
}

export function buildMenu(env: ComposeEnv, id: string): DraftObject {
  const given = pricedFacts(env, false).filter((price) => price.label);
  const languages = env.brief.site?.languages ?? [];
  // Items the prompt priced are used as given; otherwise the kind's typical offerings, unpriced. Those
  // are not marked as samples: "sourdough loaves" on a bakery's menu is the kind's copy, not a claim
  // of fact (a price, a rating, a person) — and marking them would block every offline bakery's
  // first publish on content the owner is not misleading anyone with.
  const items =
    given.length > 0
      ? given.map((price) => ({ name: Text.same(price.label!), price: givenPriceText(price, languages) }))
      : chooseOffers(env, 6).map((offer) => ({ name: text(env, offer.title), description: text(env, offer.text) }));
  const title = env.tone === 'formal' ? heading(env, 'menu') : text(env, env.copy.offersTitle);
  const note = env.copy.offersNote ? text(env, env.copy.offersNote) : undefined;
  return {
    id,
    type: 'menu',
    variant: items.length >= 6 ? 'two-column' : 'list',
    title,
    intro: text(env, env.copy.offersIntro),
    items,
    note,
  };
}

const PERIODS = periodTexts;

export function buildPricing(env: ComposeEnv, id: string): DraftObject {
  const given = env.brief.site?.facts.prices ?? [];
  const languages = env.brief.site?.languages ?? [];
  const cta = link(text(env, uiCopy.planCta), anchor(env.targets.contact));
  if (given.length > 0) {
    const { kind } = env.brief;
    return {
      id,
      type: 'pricing',
      variant: given.length > 3 ? 'table' : 'cards',
      title: heading(env, 'pricing'),
      plans: given.slice(0, 4).map((price) => ({
        name: price.label ? Text.same(price.label) : Text.from((lang) => capitalize(nounIn(kind, lang).noun)),
        price: givenPriceText(price, languages),
        period: price.period ? PERIODS[price.period] : undefined,
        features: [ASK_FOR_DETAILS],
        cta,
      })),
    };
  }
  const plans = env.copy.plans ?? (env.family.plans.length > 0 ? env.family.plans : generalFamily.plans);
  return {
    id,
    type: 'pricing',
    variant: 'cards',
    title: env.copy.plans && env.tone === 'casual' ? text(env, env.copy.offersTitle) : heading(env, 'pricing'),
    intro: env.copy.plans ? text(env, env.copy.offersIntro) : undefined,
    // No prices in the prompt: example plans, marked, so the owner fills in real ones.
    plans: plans.slice(0, 4).map((plan) => ({
      name: text(env, plan.name),
      price: priceText(plan.price, false, env.brief.currency, languages),
      period: text(env, plan.period),
      description: text(env, plan.description),
      features: plan.features.map((feature) => text(env, feature)),
      cta,
      isFeatured: plan.featured === true,
      isSample: true,
    })),
  };
}
