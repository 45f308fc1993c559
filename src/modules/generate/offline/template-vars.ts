import { labelAdjective } from './hints';
import { kindCopy } from './kind-copy';
import { capitalize, type Vars } from './text';
import type { Brief } from './types';

export type BiVars = { en: Vars; pt: Vars };

/**
 * Placeholder values for the phrase bank, per language.
 * Both: {name} {place} {thePlace} ("o Rio de Janeiro") {inPlace} {ofPlace} {label} {Label} {noun} {Noun}.
 * Portuguese only, agreeing with the kind's gender: {o} {O} {do} {no} {ao} {um} {nosso} {Nosso} {este}
 * ("A padaria…" / "O restaurante…", "na Green Crumb" / "no Sabor da Casa").
 * `inPlace`/`ofPlace` carry their own leading space and are '' without a place.
 */
export function templateVars(brief: Brief): BiVars {
  const { kind, place } = brief;
  const adjective = labelAdjective(brief.hints);
  const isFeminine = kind.noun.gender === 'f';
  const own = kindCopy(kind.id).label;
  const labelEn = own ? own[0] : adjective ? `${adjective.en} ${kind.noun.en}` : kind.noun.en;
  const labelPt = own ? own[1] : adjective ? `${kind.noun.pt} ${isFeminine ? adjective.f : adjective.m}` : kind.noun.pt;
  const article = place?.ptArticle;
  const en: Vars = {
    name: brief.name,
    place: place?.en ?? '',
    thePlace: place?.en ?? '',
    inPlace: place ? ` in ${place.en}` : '',
    ofPlace: place ? ` in ${place.en}` : '',
    label: labelEn,
    Label: capitalize(labelEn),
    noun: kind.noun.en,
    Noun: capitalize(kind.noun.en),
  };
  const pt: Vars = {
    name: brief.name,
    place: place?.pt ?? '',
    thePlace: place ? (article ? `${article} ${place.pt}` : place.pt) : '',
    inPlace: place ? (article ? ` n${article} ${place.pt}` : ` em ${place.pt}`) : '',
    ofPlace: place ? (article ? ` d${article} ${place.pt}` : ` de ${place.pt}`) : '',
    label: labelPt,
    Label: capitalize(labelPt),
    noun: kind.noun.pt,
    Noun: capitalize(kind.noun.pt),
    o: isFeminine ? 'a' : 'o',
    O: isFeminine ? 'A' : 'O',
    do: isFeminine ? 'da' : 'do',
    no: isFeminine ? 'na' : 'no',
    um: isFeminine ? 'uma' : 'um',
    nosso: isFeminine ? 'nossa' : 'nosso',
    Nosso: isFeminine ? 'Nossa' : 'Nosso',
    este: isFeminine ? 'esta' : 'este',
    ao: isFeminine ? 'à' : 'ao',
  };
  return { en, pt };
}
