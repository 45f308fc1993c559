/**
 * What `npm run doctor` (scripts/doctor.ts) reports: one line per check, in plain words.
 *  - `ok`: configured and working;
 *  - `problem`: configured but missing or wrong — the doctor exits non-zero;
 *  - `warning`: works, but not the way a production deployment should (exit code unchanged);
 *  - `skipped`: not configured, so the embedded default runs (PGlite, local auth, outbox …).
 * A detail never carries a secret: checks name variables, hosts and ids, never values, and the
 * runner masks every secret's value in whatever a library's error message says (run-doctor.ts).
 */
export type CheckStatus = 'ok' | 'problem' | 'warning' | 'skipped';

export type CheckResult = { check: string; status: CheckStatus; detail: string };

export const ok = (check: string, detail: string): CheckResult => ({ check, status: 'ok', detail });
export const problem = (check: string, detail: string): CheckResult => ({ check, status: 'problem', detail });
export const warning = (check: string, detail: string): CheckResult => ({ check, status: 'warning', detail });
export const skipped = (check: string, detail: string): CheckResult => ({ check, status: 'skipped', detail });

/** A failure's message for people: the error's own words, or what kind of thing was thrown. */
export function describeFailure(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return describeFailure(err.errors[0]);
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const own = err.message || (typeof code === 'string' ? code : err.name);
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND …) is its cause.
    return err.cause === undefined ? own : `${own} (${describeFailure(err.cause)})`;
  }
  return String(err);
}

/** Rejects after `ms` with a message naming what timed out (a black-holed host must not hang the doctor). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A URL as it may be printed: scheme, host and port only (no user, password, path or query). */
export function printableOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(not a URL)';
  }
}
