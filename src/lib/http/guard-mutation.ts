import { AppError, httpStatusFor, toUserError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import type { ErrorKey } from '@/lib/i18n/error-key';
import type { Locale } from '@/lib/i18n/translate';
import { decodeUtf8, readCappedBody } from './read-capped-body';
import { isSameOriginRequest } from './same-origin';
import { findUnsafeInput } from './unsafe-input';

/** Our JSON requests are a prompt or an edit instruction: a few kilobytes at most. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type MutationGuardResult = { ok: true; body: unknown } | { ok: false; response: Response };

/**
 * The first thing every state-changing route handler does (a test enumerates the handlers and
 * holds them to it), before the session or the database is touched:
 *  1. the request comes from the app's own pages (isSameOriginRequest)      → else 403
 *  2. it is `application/json` — a cross-site page can post `text/plain` or
 *     a form without a CORS preflight, never JSON                           → else 415
 *  3. the body fits in `maxBytes`                                           → else 413
 *  4. the body is UTF-8 and JSON                                            → else 400
 *  5. no string in it holds a control character or a lone surrogate, and it
 *     is not absurdly nested (findUnsafeInput)                              → else 400
 * It answers with the parsed body, or with the response to send: `{ ok: false, error }`, which
 * both the NDJSON routes' `{ error }` readers and the edit route's `{ ok, … }` reader understand.
 */
export async function guardMutation(request: Request, locale: Locale, options: { maxBytes?: number } = {}): Promise<MutationGuardResult> {
  if (!isSameOriginRequest(request, getEnv().APP_URL)) return refuse(new AppError('FORBIDDEN', 'errors.common.crossOrigin'), locale);
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return refuse(new AppError('UNSUPPORTED_MEDIA_TYPE', 'errors.common.jsonRequired'), locale);

  const bytes = await readCappedBody(request, options.maxBytes ?? MAX_JSON_BODY_BYTES).catch(() => null);
  if (bytes === 'too-large') return refuse(new AppError('PAYLOAD_TOO_LARGE', 'errors.common.bodyTooLarge'), locale);
  const text = bytes === null ? null : decodeUtf8(bytes);
  if (text === null) return invalid('errors.common.invalidRequest', locale);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid('errors.common.invalidRequest', locale);
  }
  const unsafe = findUnsafeInput(body);
  if (unsafe) {
    const key = unsafe.reason === 'too-deep' ? 'errors.common.invalidRequest' : 'errors.common.unsafeText';
    return invalid(key, locale, unsafe.path.join('.'));
  }
  return { ok: true, body };
}

function invalid(key: ErrorKey, locale: Locale, field?: string): MutationGuardResult {
  return refuse(new AppError('VALIDATION', key, field ? { details: { field } } : {}), locale);
}

function refuse(error: AppError, locale: Locale): MutationGuardResult {
  const response = Response.json(
    { ok: false, error: toUserError(error, locale) },
    { status: httpStatusFor(error.code), headers: { 'Cache-Control': 'no-store' } },
  );
  return { ok: false, response };
}
