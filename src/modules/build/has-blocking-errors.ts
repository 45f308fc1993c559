import type { CheckResult } from './types';

/** Errors block publishing; warnings are shown and do not. */
export function hasBlockingErrors(results: readonly CheckResult[]): boolean {
  return results.some((result) => result.level === 'error');
}
