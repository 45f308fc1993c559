/**
 * Application errors. Domain code throws AppError with a code; one mapper
 * (toUserError / httpStatusFor) turns it into what a person or an HTTP client
 * sees. Anything that is not an AppError is reported and shown generically:
 * raw database or library messages never reach the browser.
 */
export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TIER_LIMIT'
  | 'QUOTA_EXCEEDED'
  | 'RATE_LIMITED'
  | 'PAYMENT_REQUIRED'
  | 'INVALID_CREDENTIALS'
  | 'TOKEN_INVALID'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
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

/** The only shape an error takes on its way to a browser. */
export function toUserError(err: unknown): UserError {
  if (isAppError(err)) {
    return { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
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
 * Translates the Postgres errors our schema raises on purpose (RLS denials,
 * tier-limit triggers, unique violations) into AppErrors. Unknown database
 * errors are rethrown untouched so they are reported, not shown.
 */
export function mapDatabaseError(err: unknown): never {
  if (isAppError(err)) throw err;
  const pg = pgErrorOf(err);
  if (pg) {
    if (pg.code === 'P0001' && pg.message === 'payment_required') {
      throw new AppError('TIER_LIMIT', 'Your subscription payment is past due.', { resource: 'subscription' });
    }
    if (pg.code === 'P0001' && pg.message?.startsWith('tier_limit:')) {
      const resource = pg.message.slice('tier_limit:'.length);
      let details: Record<string, unknown> = { resource };
      try {
        details = { ...details, ...(JSON.parse(pg.detail ?? '{}') as Record<string, unknown>) };
      } catch {
        // detail is informative only
      }
      throw new AppError('TIER_LIMIT', `Your plan's limit for ${resource.replace('_', ' ')} is reached.`, details);
    }
    if (pg.code === '42501') throw new AppError('FORBIDDEN', 'You do not have permission to do that.');
    if (pg.code === '23505') throw new AppError('CONFLICT', 'That is already taken.', { constraint: pg.constraint });
    if (pg.code === '23514' || pg.code === '22P02' || pg.code === '23502') {
      throw new AppError('VALIDATION', 'Some of the values are not valid.');
    }
    if (pg.code === '23503') throw new AppError('NOT_FOUND', 'A related record no longer exists.');
  }
  throw err;
}
