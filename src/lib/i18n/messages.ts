import en from './messages/en.json';
import ptBR from './messages/pt-BR.json';
import type { Locale } from './translate';

export type Messages = typeof en;

/** One catalog per locale; a test keeps their keys and ICU arguments identical. */
export const MESSAGES: Record<Locale, Messages> = { en, 'pt-BR': ptBR };
