// A business name as given: what a name may hold, and how one typed in lower case is written.
const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'of', 'the', '&', 'e', 'and', 'y', "n'", 'du']);

/** Keeps letters, digits and the punctuation names use; strips what tags or scripts need. */
export function cleanName(raw: string): string | undefined {
  const name = raw
    // "Agostinho Freitas – Vimes e Palhinha": a dash of any length is part of how the name is written.
    .replace(/[^\p{L}\p{N} &'’.!–—-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s&'’.!–—-]+|[\s&'’–—-]+$/g, '')
    .replace(/\.+$/, '')
    .trim();
  if (name.length < 2 || !/\p{L}/u.test(name)) return undefined;
  if (name.length <= 60) return name;
  const cut = name.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60).trim();
}

/** "barbearia navalha de ouro" → "Barbearia Navalha de Ouro". */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && CONNECTORS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toLocaleUpperCase() + word.slice(1),
    )
    .join(' ');
}
