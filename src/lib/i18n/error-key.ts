import type { MessageKeys, NestedKeyOf } from 'use-intl/core';
import type { Messages } from './messages';

// The keys of error messages, derived from the English catalog's `errors` namespace: an unknown
// key fails `tsc`, as it does for `t()`. Types only (and one identity function), so browser code
// such as the studio's wire schemas can use it without bundling the catalogs.

type ErrorCatalog = Messages['errors'];

/** `'errors.projects.notFound'` and every other message under `errors`. */
export type ErrorKey = `errors.${MessageKeys<ErrorCatalog, NestedKeyOf<ErrorCatalog>>}`;

/**
 * Values for an error message's ICU placeholders. Strings and numbers only: an error's message
 * travels as JSON (job failures, stored deployment reasons) and is rendered later.
 */
export type ErrorValues = Record<string, string | number>;

/** An error message not yet in any language: a key and its values. */
export type ErrorMessage = { key: ErrorKey; values?: ErrorValues };

/**
 * A key for a zod schema's custom message (`.min(1, errorKey('errors.projects.nameRequired'))`):
 * zod takes any string, this makes `tsc` check it. The boundary renders it in the person's
 * language (see renderIssueMessage).
 */
export function errorKey(key: ErrorKey): ErrorKey {
  return key;
}
