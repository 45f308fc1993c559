import en from './messages/en.json';
import ptBR from './messages/pt-BR.json';
import ptPT from './messages/pt-PT.json';
import type { Locale } from './translate';

export type Messages = typeof en;

/** A catalog that overrides some messages of another (pt-PT over pt-BR): any subset of its keys. */
export type MessageOverrides = { [key: string]: string | MessageOverrides };

/**
 * `base` with `overrides` laid over it, key by key at every depth. European Portuguese keeps only
 * the messages that read differently from Brazil's (ecrã, guardar, a carregar…); everything else
 * is pt-BR's. A test keeps the overrides' keys and ICU arguments those of pt-BR.
 */
export function mergeMessages<T extends MessageOverrides>(base: T, overrides: MessageOverrides): T {
  const out: MessageOverrides = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
  }
  return out as T;
}

/** One catalog per locale; a test keeps their keys and ICU arguments identical. */
export const MESSAGES: Record<Locale, Messages> = { en, 'pt-BR': ptBR, 'pt-PT': mergeMessages(ptBR, ptPT) };
