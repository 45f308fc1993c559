import { chooseHeroTargets } from './choose-hero-targets';
import { uiCopy } from './headings';
import { anchor, heading, link, text, usable, type ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';
import { hintById } from '@/modules/brief/hints';
import { prioritisedOffers } from './build-offer-sections';
import type { Text } from '@/modules/brief/text';
import type { FeatureCopy } from '@/modules/brief/kind-types';
import { textLangs } from '@/modules/brief/languages';
import { usesVoseo } from '@/lib/i18n/voseo';
import { channelAction } from './build-people-sections';
import { wordsText, type WordsVars } from './words-copy';

const NO_VARS = Object.fromEntries(textLangs.map((lang) => [lang, {}])) as unknown as WordsVars;

/** "Labour law · São Paulo" when the prompt names a speciality the kind offers, else "Law firm · São Paulo". */
export function eyebrowText(env: Pick<ComposeEnv, 'brief' | 'copy' | 'vars'>): Text {
  const speciality = prioritisedOffers(env).find((offer) => offer.match?.test(env.brief.focus));
  const what = text(env, speciality ? speciality.title : uiCopy.eyebrow);
  return env.brief.place ? what.map((value, lang) => `${value} · ${env.vars[lang].place}`) : what;
}

export function buildHero(env: ComposeEnv, id: string): DraftObject {
  const heroes =
    env.tone === 'formal'
      ? [env.family.formalHero]
      : usable(env, env.copy.heroes, (hero) => [hero.title, hero.subtitle]).filter(
          (hero) => env.brief.isNameStated || !hero.needsStatedName,
        );
  const hero = env.rng.pick(heroes.length > 0 ? heroes : [env.family.formalHero]);
  // The buttons' targets are the engine's rule too (choose-hero-targets.ts).
  const targets = chooseHeroTargets({ targets: env.targets, siteBrief: env.brief.site });
  const byChannel = channelAction(env);
  return {
    id,
    type: 'hero',
    variant: 'centered',
    eyebrow: eyebrowText(env),
    title: text(env, hero.title),
    subtitle: text(env, hero.subtitle),
    ...(byChannel
      ? {
          // A booking or a quote taken on WhatsApp or by phone, with no form for it: the main button asks there.
          primaryCta: link(
            wordsText(`${byChannel.purpose}By${byChannel.channel}`, NO_VARS, {
              voseo: usesVoseo(env.brief.site?.location?.country),
            }),
            byChannel.href,
          ),
          secondaryCta: link(text(env, env.copy.action), targets.primary),
        }
      : {
          primaryCta: link(text(env, env.copy.action), targets.primary),
          // Asked to be reached on WhatsApp: the second button opens the chat itself.
          secondaryCta: link(text(env, targets.isSecondaryWhatsApp ? uiCopy.whatsapp : env.family.contactAction), targets.secondary),
        }),
  };
}

/** Features the prompt asked for (vegan, delivery, 24h…) lead; the kind's own fill up to 3–4. */
export function buildFeatures(env: ComposeEnv, id: string): DraftObject {
  const fromHints = env.brief.hints
    .map((hintId) => hintById(hintId)?.feature)
    .filter((feature): feature is FeatureCopy => feature !== undefined)
    .slice(0, 2);
  const count = fromHints.length >= 2 ? 4 : 3;
  // Skip the kind's features that repeat a hint's point (two clocks: "Early hours", "Open early").
  const hintIcons = new Set(fromHints.map((feature) => feature.icon));
  const fresh = env.copy.features.filter((feature) => !hintIcons.has(feature.icon));
  const pool = fresh.length >= count - fromHints.length ? fresh : env.copy.features;
  const own = env.rng.shuffle(pool).slice(0, count - fromHints.length);
  const items = [...fromHints, ...own].map((feature) => ({
    icon: feature.icon,
    title: text(env, feature.title),
    text: text(env, feature.text),
  }));
  return { id, type: 'features', variant: env.rng.next() < 0.75 ? 'cards' : 'list', title: heading(env, 'features'), items };
}

export function buildAbout(env: ComposeEnv, id: string): DraftObject {
  // A picture beside the story (stock art in the site's palette until the owner uploads a photo).
  const alt = env.family.gallery[0];
  const image = alt ? { image: { src: `/stock/${env.brief.kind.family}-about.svg`, alt: text(env, alt), width: 1200, height: 900 } } : {};
  return { id, type: 'about', variant: 'image-right', title: heading(env, 'about'), body: text(env, env.copy.about), ...image };
}

export function buildStats(env: ComposeEnv, id: string): DraftObject {
  const items = env.family.stats.map((stat) => ({ value: text(env, stat.value), label: text(env, stat.label), isSample: true }));
  return { id, type: 'stats', variant: 'row', title: heading(env, 'stats'), items };
}

export function buildCta(env: ComposeEnv, id: string): DraftObject {
  const cta = env.tone === 'formal' ? env.family.formalCta : (env.copy.cta ?? env.family.cta);
  const phone = env.brief.contact.phone;
  return {
    id,
    type: 'cta',
    variant: 'band',
    title: text(env, cta.title),
    text: text(env, cta.text),
    primary: link(text(env, cta.button), anchor(env.targets.contact)),
    secondary: phone ? link(text(env, uiCopy.call), `tel:${phone.replace(/[^+\d]/g, '')}`) : undefined,
  };
}
