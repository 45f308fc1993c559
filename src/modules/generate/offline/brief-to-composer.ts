import type { SiteBrief } from '../brief/site-brief-schema';
import { kindAsLegacy } from '../brief/kind-as-legacy';
import { taxonomyKindById, genericTaxonomyKind } from '../brief/taxonomy';
import { extractPlace } from './extract-place';
import { landmarkOf } from './landmark-of';
import { findGazetteerEntry, placeFromEntry } from './places';
import { detectHints } from './hints';
import type { Rng } from './random';
import { fold } from './text';
import type { Brief, KindDef, Place } from './types';
import { composeName, currencyFor, peopleFor } from './understand-prompt';

function placeOf(site: SiteBrief, prompt: string): Place | undefined {
  const match = extractPlace(prompt)?.place;
  if (match) return site.location?.country && !match.country ? { ...match, country: site.location.country } : match;
  if (!site.location) return undefined;
  const entry = findGazetteerEntry(site.location.text);
  if (entry) return placeFromEntry(entry);
  return { en: site.location.text, pt: site.location.text, ...(site.location.country ? { country: site.location.country } : {}) };
}

/** The composer's kind for a brief: its section plan, copy and style (also the engine's guess at a plan). */
export function composerKindOf(site: SiteBrief): KindDef {
  const known = taxonomyKindById(site.kind.id);
  if (known) return kindAsLegacy(known);
  // A model's own kind: the family's words, the kind's own label.
  const generic = kindAsLegacy({ ...genericTaxonomyKind, family: site.kind.family, schemaKind: site.kind.schemaKind });
  return { ...generic, id: site.kind.id, noun: { ...site.kind.label, gender: 'm' } };
}

/** The composer's working brief from a SiteBrief: facts verbatim, a display name when none was given. */
export function briefToComposer(site: SiteBrief, prompt: string, defaultLocale: string, rng: Rng): Brief {
  const kind = composerKindOf(site);
  const place = placeOf(site, prompt);
  const hints = detectHints(prompt, kind.copyId ?? kind.id);
  const { facts } = site;
  return {
    // No name given: a plain description ("Padaria Vegana Lisboa"), never an invented brand.
    name: site.name ?? composeName({ ...kind, naming: 'place' }, place, hints, defaultLocale, rng, true),
    isNameStated: site.name !== null,
    kind,
    ...(place ? { place } : {}),
    hints,
    contact: {
      ...(facts.phones[0] ? { phone: facts.phones[0] } : {}),
      ...(facts.emails[0] ? { email: facts.emails[0] } : {}),
      ...(facts.address ? { street: facts.address } : {}),
      ...(facts.landmark ? { landmark: landmarkOf(facts.landmark, site.promptLanguage) } : {}),
      ...(facts.openingHours ? { openingHours: facts.openingHours } : {}),
      ...(facts.instagram ? { instagram: facts.instagram } : {}),
    },
    focus: fold(prompt),
    currency: currencyFor(place, defaultLocale),
    people: peopleFor(place, defaultLocale),
    site,
  };
}
