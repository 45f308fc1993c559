import { LOCALE_COOKIE } from './locale-cookie';
import { isLocale, localeFromAcceptLanguage, type Locale } from './translate';

/**
 * The `error` namespace of each catalogue (messages/*.json, pt-PT laid over pt-BR), for the one
 * page rendered without the root layout and its provider: src/app/global-error.tsx. Copied rather
 * than imported because importing a catalogue ships all of it (~160 KB) to every browser;
 * global-error-messages.test.ts fails when this copy and the catalogues drift apart.
 */
export const GLOBAL_ERROR_MESSAGES: Record<Locale, { title: string; body: string; reference: string; retry: string }> = {
  en: {
    title: 'Something went wrong',
    body: 'An unexpected error happened. It has been reported.',
    reference: 'Reference: {digest}',
    retry: 'Try again',
  },
  'pt-BR': {
    title: 'Algo deu errado',
    body: 'Aconteceu um erro inesperado. Ele foi registrado.',
    reference: 'Referência: {digest}',
    retry: 'Tentar de novo',
  },
  'pt-PT': {
    title: 'Algo deu errado',
    body: 'Aconteceu um erro inesperado. Ele foi registado.',
    reference: 'Referência: {digest}',
    retry: 'Tentar de novo',
  },
};

/** The language cookie's choice, else the browser's languages (as the server decides); English on the server. */
export function globalErrorLocale(): Locale {
  if (typeof document === 'undefined') return 'en';
  const chosen = document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(navigator.languages.join(','));
}
