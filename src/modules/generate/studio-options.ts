// The choices the studio offers. They are UI decisions (which languages we propose, which
// business kinds get a shortcut); the server validates every request on its own.

/** Languages a new site can start with, in the order the default is picked from. */
export const CREATE_LOCALES = ['en', 'pt-BR', 'pt-PT', 'es'] as const;

/** Languages "Add a language" offers. */
export const ADDABLE_LOCALES = ['en', 'pt-BR', 'pt-PT', 'es', 'fr', 'de'] as const;

/**
 * Each language named in itself (an endonym), the usual convention for language pickers: a
 * person finds their own language whatever the interface language is.
 */
export const LOCALE_NAMES: Record<string, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};

export function localeName(locale: string): string {
  return LOCALE_NAMES[locale] ?? locale;
}

export const STYLE_CHOICES = ['minimal', 'bold', 'elegant', 'playful'] as const;
export type StyleChoice = (typeof STYLE_CHOICES)[number];

export const PROMPT_MAX = 2000;
export const PROMPT_MIN = 3;

export const DEVICE_WIDTHS = { phone: 375, tablet: 768, desktop: null } as const;
export type Device = keyof typeof DEVICE_WIDTHS;
