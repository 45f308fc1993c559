import { z } from 'zod';
import type { ErrorKey, ErrorMessage, ErrorValues } from '@/lib/i18n/error-key';
import { renderErrorMessage, renderIssueMessage } from '@/lib/i18n/render-error-message';
import type { Locale } from '@/lib/i18n/translate';

/**
 * Application errors. Domain code throws AppError with a code and a message key from the
 * catalogs' `errors` namespace; one mapper (toUserError / httpStatusFor) turns it into what a
 * person (in their language) or an HTTP client sees. Anything that is not an AppError is reported
 * and shown generically: raw database or library messages never reach the browser.
 */
export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PRECONDITION_REQUIRED'
  | 'IDEMPOTENCY_KEY_IN_FLIGHT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TIER_LIMIT'
  | 'QUOTA_EXCEEDED'
  | 'RATE_LIMITED'
  | 'PAYMENT_REQUIRED'
  | 'INVALID_CREDENTIALS'
  | 'TOKEN_INVALID'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export type AppErrorOptions = {
  /** The message's ICU placeholders (`{ slug }` for "The address “{slug}” is taken."). */
  values?: ErrorValues;
  /** JSON for the client (`{ field: 'slug' }`, `{ upgradeUrl }`); sent as it is, never translated. */
  details?: Record<string, unknown>;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly key: ErrorKey;
  readonly values: ErrorValues | undefined;
  readonly details: Record<string, unknown> | undefined;

  /** `message` is the English rendering, for logs and Sentry; people get `key` in their language. */
  constructor(code: AppErrorCode, key: ErrorKey, options: AppErrorOptions = {}) {
    super(renderErrorMessage({ key, values: options.values }, 'en'));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.values = options.values;
    this.details = options.details;
  }

  /** The message to render later or elsewhere (another locale, a stored reason). */
  get errorMessage(): ErrorMessage {
    return this.values ? { key: this.key, values: this.values } : { key: this.key };
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

const STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 400,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // If-Match named an older version (RFC 9110) / was missing where lost updates matter (RFC 6585).
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  // Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first request with the key
  // is still running / the key was used for a different request.
  IDEMPOTENCY_KEY_IN_FLIGHT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TIER_LIMIT: 403,
  QUOTA_EXCEEDED: 429,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function httpStatusFor(code: AppErrorCode): number {
  return STATUS[code];
}

export type UserError = { code: AppErrorCode; message: string; details?: Record<string, unknown> };

/** The only shape an error takes on its way to a browser, its message in the person's language. */
export function toUserError(err: unknown, locale: Locale): UserError {
  if (isAppError(err)) {
    return { code: err.code, message: renderErrorMessage(err.errorMessage, locale), ...(err.details ? { details: err.details } : {}) };
  }
  // A backstop behind the boundary checks (findUnsafeInput): text the database cannot store is
  // the sender's mistake, a 400, wherever it slipped through — never a 500.
  if (isUnstorableTextError(err)) return { code: 'VALIDATION', message: renderErrorMessage({ key: 'errors.common.unsafeText' }, locale) };
  return { code: 'INTERNAL', message: renderErrorMessage({ key: 'errors.common.internal' }, locale) };
}

export type ValidationUserError = UserError & { fieldErrors: Record<string, string[]> };

/**
 * A failed zod parse as a person reads it: the first problem as the message (`fallback` if zod
 * named none), and each field's problems next to that field. Our schemas' messages are keys,
 * rendered in `locale` here.
 */
export function toValidationError(error: z.ZodError, locale: Locale, fallback: ErrorKey = 'errors.common.checkForm'): ValidationUserError {
  const { fieldErrors } = z.flattenError(error, (issue) => renderIssueMessage(issue.message, locale));
  const first = error.issues[0];
  return {
    code: 'VALIDATION',
    message: first ? renderIssueMessage(first.message, locale) : renderErrorMessage({ key: fallback }, locale),
    fieldErrors: fieldErrors as Record<string, string[]>,
  };
}

type PgLikeError = { code?: string; message?: string; detail?: string; constraint?: string };

function pgErrorOf(err: unknown): PgLikeError | undefined {
  let current: unknown = err;
  // Drizzle wraps driver errors in DrizzleQueryError with the original as `cause`.
  for (let i = 0; i < 4 && current && typeof current === 'object'; i++) {
    const candidate = current as PgLikeError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * PostgreSQL refused the characters of a value: NUL in `text` (22021 character_not_in_repertoire)
 * or `\u0000` in `jsonb` (22P05 untranslatable_character), or bytes that are not UTF-8 (22021).
 */
function isUnstorableTextError(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  return code === '22021' || code === '22P05';
}

/** The message of a Postgres error raised on purpose by our SQL (`raise exception 'name'`), if `err` is one. */
export function raisedDatabaseMessage(err: unknown): string | undefined {
  const pg = pgErrorOf(err);
  return pg?.code === 'P0001' ? pg.message : undefined;
}

/**
 * Translates the Postgres errors our schema raises on purpose (RLS denials,
 * tier-limit triggers, unique violations) into AppErrors. Unknown database
 * errors are rethrown untouched so they are reported, not shown.
 */
export function mapDatabaseError(err: unknown): never {
  if (isAppError(err)) throw err;
  const pg = pgErrorOf(err);
  if (pg) {
    if (pg.code === 'P0001' && pg.message === 'payment_required') {
      throw new AppError('TIER_LIMIT', 'errors.database.paymentPastDue', { details: { resource: 'subscription' } });
    }
    if (pg.code === 'P0001' && pg.message === 'read_only_over_plan') {
      // A project beyond its owner's plan (supabase/migrations/20261201000100_read_only_over_plan.sql).
      let limit = 0;
      try {
        limit = Number((JSON.parse(pg.detail ?? '{}') as { limit?: number }).limit ?? 0);
      } catch {
        // detail is informative only
      }
      throw new AppError('TIER_LIMIT', 'errors.billing.readOnlyOverPlan', { values: { limit }, details: { resource: 'projects', limit } });
    }
    if (pg.code === 'P0001' && pg.message?.startsWith('tier_limit:')) {
      const resource = pg.message.slice('tier_limit:'.length);
      let details: Record<string, unknown> = { resource };
      try {
        details = { ...details, ...(JSON.parse(pg.detail ?? '{}') as Record<string, unknown>) };
      } catch {
        // detail is informative only
      }
      throw new AppError('TIER_LIMIT', 'errors.database.tierLimit', { values: { resource }, details });
    }
    if (pg.code === '42501') throw new AppError('FORBIDDEN', 'errors.database.forbidden');
    if (pg.code === '23505') throw new AppError('CONFLICT', 'errors.database.taken', { details: { constraint: pg.constraint } });
    if (pg.code === '23514' || pg.code === '22P02' || pg.code === '23502') {
      throw new AppError('VALIDATION', 'errors.database.invalidValues');
    }
    if (pg.code === '23503') throw new AppError('NOT_FOUND', 'errors.database.relatedMissing');
  }
  if (isUnstorableTextError(err)) throw new AppError('VALIDATION', 'errors.common.unsafeText');
  throw err;
}
