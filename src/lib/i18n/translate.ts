// The interface languages and how a request picks one. Message catalogs live in ./messages
// (next-intl); this file only knows locale codes, so framework-free code (error localization,
// emails, actions, the database's locale checks via a test) can import it. This list is the one
// source of the UI locales: the switcher, the catalogs, the profile column and the emails follow it.

export const LOCALES = ['en', 'pt-BR', 'pt-PT'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A stored or sent locale (a profile column, a user's metadata) as a UI locale; anything else is English. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A Portuguese language tag → the interface's Portuguese. Brazil's, and a bare `pt` (most of the
 * agency's clients are Brazilian, and bare `pt` was pt-BR before pt-PT existed), read pt-BR; any
 * other region (pt-PT, and pt-AO, pt-MZ, … which write the European norm) reads pt-PT.
 */
function portugueseOf(tag: string): Locale {
  const region = tag.split('-')[1];
  return !region || region === 'br' ? 'pt-BR' : 'pt-PT';
}

/** Picks a supported locale from an Accept-Language header (see portugueseOf for `pt`). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'pt' || tag.startsWith('pt-')) return portugueseOf(tag);
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}
