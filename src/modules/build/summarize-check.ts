import type { CheckId, CheckResult } from './types';

export type CheckFindings = { errors: string[]; warnings: string[] };

export type CheckMessages = {
  /** Omitted by checks that only ever warn. */
  error?: (count: number) => string;
  warning: (count: number) => string;
  ok: string;
};

// A broken navigation link repeats on every page and locale; a person needs to see each
// problem once and a sample of where, not a thousand lines.
const MAX_DETAILS = 40;

function cap(details: string[]): string[] {
  const unique = [...new Set(details)];
  if (unique.length <= MAX_DETAILS) return unique;
  return [...unique.slice(0, MAX_DETAILS), `…and ${unique.length - MAX_DETAILS} more`];
}

/** One result per level found (error and/or warning), or a single 'ok' result. */
export function summarizeCheck(id: CheckId, findings: CheckFindings, messages: CheckMessages): CheckResult[] {
  const results: CheckResult[] = [];
  const errors = [...new Set(findings.errors)];
  const warnings = [...new Set(findings.warnings)];
  if (errors.length > 0) {
    const message =
      messages.error?.(errors.length) ?? `${errors.length} problem${errors.length === 1 ? '' : 's'} must be fixed before publishing.`;
    results.push({ id, level: 'error', message, count: errors.length, details: cap(errors) });
  }
  if (warnings.length > 0)
    results.push({ id, level: 'warning', message: messages.warning(warnings.length), count: warnings.length, details: cap(warnings) });
  if (results.length === 0) results.push({ id, level: 'ok', message: messages.ok });
  return results;
}
