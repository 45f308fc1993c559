import { createTranslator } from 'use-intl/core';
import type { ErrorKey, ErrorMessage, ErrorValues } from './error-key';
import { formats, TIME_ZONE } from './formats';
import { MESSAGES } from './messages';
import type { Locale } from './translate';

// Error messages rendered from the catalogs, outside React: domain code throws keys (AppError),
// the boundary (actions, route handlers) renders them in the person's language, and AppError
// renders its English for logs. The same ICU catalogs as the interface, through use-intl's
// framework-free translator.

type Render = (key: ErrorKey, values?: ErrorValues) => string;

const renderers = new Map<Locale, Render>();

function rendererFor(locale: Locale): Render {
  let render = renderers.get(locale);
  if (!render) {
    const t = createTranslator({ locale, messages: MESSAGES[locale], formats, timeZone: TIME_ZONE });
    render = (key, values) => t(key, values);
    renderers.set(locale, render);
  }
  return render;
}

/** `errors.…` key → its English source, for every error message. */
function flattenCatalog(catalog: object, prefix: string): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flattenCatalog(value as object, `${prefix}${key}.`),
  );
}

const ENGLISH_SOURCES = flattenCatalog(MESSAGES.en.errors, 'errors.');
const ERROR_KEYS: ReadonlySet<string> = new Set(ENGLISH_SOURCES.map(([key]) => key));

export function isErrorKey(text: string): text is ErrorKey {
  return ERROR_KEYS.has(text);
}

/** The message in `locale`. */
export function renderErrorMessage({ key, values }: ErrorMessage, locale: Locale): string {
  return rendererFor(locale)(key, values);
}

/**
 * A zod issue's message as a person reads it: our schemas' custom messages are error keys
 * (rendered here); zod's own messages are already text (in pt-BR when parsed with
 * `z.locales.ptBR()`), so they pass through.
 */
export function renderIssueMessage(message: string, locale: Locale): string {
  return isErrorKey(message) ? renderErrorMessage({ key: message }, locale) : message;
}

// ---- Stored messages ------------------------------------------------------------------------
// A reason kept in the database to be shown later (a failed deployment's `error`) is stored as
// its key and values, so each person reads it in their own language whenever they look.

/** `{"key":"errors.host.buildFailed"}`: what goes into a text column. */
export function storeErrorMessage(message: ErrorMessage): string {
  return JSON.stringify(message.values ? { key: message.key, values: message.values } : { key: message.key });
}

function parseStored(stored: string): ErrorMessage | null {
  if (!stored.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!parsed || typeof parsed !== 'object' || !('key' in parsed) || typeof parsed.key !== 'string') return null;
    if (!isErrorKey(parsed.key)) return null;
    const values = 'values' in parsed && parsed.values && typeof parsed.values === 'object' ? (parsed.values as ErrorValues) : undefined;
    return { key: parsed.key, ...(values ? { values } : {}) };
  } catch {
    return null;
  }
}

/**
 * A stored reason in `locale`. Text that is not a stored message (rows written before reasons
 * were keys, or internal notes such as "Checks failed: …") is shown as it was stored.
 */
export function renderStoredErrorMessage(stored: string, locale: Locale): string {
  const message = parseStored(stored);
  return message ? renderErrorMessage(message, locale) : stored;
}

// Messages without placeholders, by their English text (see errorMessageOfEnglish); built on first use.
let keyOfEnglish: ReadonlyMap<string, ErrorKey> | undefined;

/**
 * The message an AppError's English `message` came from, for errors that crossed a transport
 * keeping only name, code and message (Inngest hands a job's failure handler exactly that). Only
 * messages without placeholders can be recovered; the rest return undefined.
 */
export function errorMessageOfEnglish(english: string): ErrorMessage | undefined {
  keyOfEnglish ??= new Map(
    ENGLISH_SOURCES.flatMap(([key, source]) =>
      isErrorKey(key) && !source.includes('{') ? [[renderErrorMessage({ key }, 'en'), key] as const] : [],
    ),
  );
  const key = keyOfEnglish.get(english);
  return key ? { key } : undefined;
}
