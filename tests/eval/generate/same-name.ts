/**
 * "Associação Cultural Lua Cheia" and "Lua Cheia" name the same business: a name matches when,
 * accents and case aside, the two are equal or differ only by generic words in front (the kind of
 * organisation the person put before the name).
 */
const GENERIC =
  /^(?:(?:a|o|os|as|los|las|the|la|el|cabeleireiro|lavanderia|pousada|padaria|pizzaria|salao|sal[aã]o|associa[cç][aã]o|associacao|cultural|ong|igreja|funda[cç][aã]o|fundaci[oó]n|instituto|escola|escuela|cl[ií]nica|estudio|studio|est[uú]dio|escrit[oó]rio|consult[oó]rio|restaurante|caf[eé]|loja|tienda|academia|pousada|casa rural|parroquia|barbearia|gimnasio|confeitaria|autoescola|inmobiliaria|quinta|clinica|escritorio|marisqueira|pasteleria|acaiteria|hostal|autoescuela|projeto|proyecto|funer[aá]ria|taquer[ií]a|fonda)\s+)+/;

function normalise(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isSameName(actual: string | null, expected: string | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  const a = normalise(actual);
  const b = normalise(expected);
  return a === b || a.replace(GENERIC, '') === b.replace(GENERIC, '');
}
