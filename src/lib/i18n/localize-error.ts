import { ERROR_MESSAGES_PT_BR, ERROR_VALUES_PT_BR } from './error-messages-pt-BR';
import type { Locale } from './translate';

type Template = { pattern: RegExp; target: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entries with `{0}`… compiled once into anchored patterns (exact entries are a map lookup). */
const TEMPLATES: Template[] = Object.entries(ERROR_MESSAGES_PT_BR)
  .filter(([english]) => /\{\d\}/.test(english))
  .map(([english, target]) => ({
    pattern: new RegExp(`^${english.split(/\{\d\}/).map(escapeRegExp).join('(.+?)')}$`, 's'),
    target,
  }));

/**
 * The message in the person's language. Domain code throws English (it knows no locale); this
 * runs at the boundary (server actions, route handlers). A message without a translation stays
 * English rather than disappearing.
 */
export function localizeErrorMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  if (Object.hasOwn(ERROR_MESSAGES_PT_BR, message)) return ERROR_MESSAGES_PT_BR[message]!;
  for (const { pattern, target } of TEMPLATES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = match.slice(1).map((value) => ERROR_VALUES_PT_BR[value] ?? localizeErrorMessage(value, locale));
    return target.replace(/\{(\d)\}/g, (_, index: string) => values[Number(index)] ?? '');
  }
  return message;
}

/** Message and per-field messages of an error shown to a person. */
export function localizeUserError<E extends { message: string; fieldErrors?: Record<string, string[] | undefined> }>(error: E, locale: Locale): E {
  if (locale === 'en') return error;
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages?.map((message) => localizeErrorMessage(message, locale))]))
    : undefined;
  return { ...error, message: localizeErrorMessage(error.message, locale), ...(fieldErrors ? { fieldErrors } : {}) };
}
