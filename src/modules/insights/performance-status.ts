/**
 * What a site's performance test stands at, in one place for the dashboard home's line and the
 * Insights panel, which used to disagree (the home said "first test soon" while Insights said the
 * last test could not finish):
 * - `notLive`: only live sites are tested;
 * - `graded`: it has a grade (a failed attempt since is said on the Insights page);
 * - `notMeasuredHere`: this installation serves its sites from this computer (the embedded
 *   default, `localhost`), which the tests — reaching sites as the public does, through the
 *   analyzer's public-address guard — never measure (are-sites-measurable.ts);
 * - `failed`: no grade yet and the last attempt failed;
 * - `pending`: no attempt yet.
 */
export type PerformanceStatus = 'notLive' | 'graded' | 'notMeasuredHere' | 'failed' | 'pending';

export function performanceStatusOf(input: {
  isLive: boolean;
  areSitesMeasurable: boolean;
  grade: string | null | undefined;
  lastError: string | null | undefined;
}): PerformanceStatus {
  if (!input.isLive) return 'notLive';
  if (input.grade) return 'graded';
  if (!input.areSitesMeasurable) return 'notMeasuredHere';
  return input.lastError ? 'failed' : 'pending';
}
