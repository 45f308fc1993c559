import { rateMetric } from '@/modules/analyzer/web-vitals';

/** The Core Web Vitals a lab run measures: LCP, CLS, and TBT standing in for INP. */
export const PERFORMANCE_VITALS = ['lcp', 'cls', 'tbt'] as const;
export type PerformanceVital = (typeof PERFORMANCE_VITALS)[number];

export const PERFORMANCE_GRADES = ['A+', 'A', 'B', 'C', 'D', 'F'] as const;
export type PerformanceGrade = (typeof PERFORMANCE_GRADES)[number];

export type GradeInput = {
  /** Lighthouse's mobile performance score, 0–100; null when Lighthouse could not score it. */
  performance: number | null;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
};

/**
 * The grade of one mobile run, a letter a client reads at a glance. The rule:
 *
 * 1. From the Lighthouse performance score (0–100):
 *      95–100 → A+ · 90–94 → A · 75–89 → B · 60–74 → C · 45–59 → D · 0–44 → F
 *    (Lighthouse itself calls 90+ "good" and under 50 "poor"; the letters split its ranges.)
 * 2. A+ also needs every Core Web Vital (LCP, CLS, TBT) measured and "good" by Google's
 *    thresholds (web-vitals.ts); otherwise it is an A.
 * 3. A Core Web Vital in the "poor" range caps the grade at C: real visitors feel a poor vital
 *    whatever the overall score says.
 * No score (the run failed or Lighthouse gave none) → no grade (null).
 */
export function gradePerformance(input: GradeInput): PerformanceGrade | null {
  const score = input.performance;
  if (score === null || !Number.isFinite(score)) return null;
  let grade: PerformanceGrade;
  if (score >= 95) grade = 'A+';
  else if (score >= 90) grade = 'A';
  else if (score >= 75) grade = 'B';
  else if (score >= 60) grade = 'C';
  else if (score >= 45) grade = 'D';
  else grade = 'F';
  const ratings = vitalRatings(input);
  if (grade === 'A+' && !PERFORMANCE_VITALS.every((id) => ratings[id] === 'good')) grade = 'A';
  if (PERFORMANCE_VITALS.some((id) => ratings[id] === 'poor') && gradeRank(grade) < gradeRank('C')) grade = 'C';
  return grade;
}

/** 0 for A+, 5 for F: lower is better. */
export function gradeRank(grade: PerformanceGrade): number {
  return PERFORMANCE_GRADES.indexOf(grade);
}

export type VitalRating = 'good' | 'needs-improvement' | 'poor' | null;

/** Each vital rated by Google's thresholds (the analyzer's, one source); null when not measured. */
export function vitalRatings(input: Pick<GradeInput, 'lcpMs' | 'cls' | 'tbtMs'>): Record<PerformanceVital, VitalRating> {
  const rate = (id: PerformanceVital, value: number | null) => (value === null || !Number.isFinite(value) ? null : rateMetric(id, value));
  return { lcp: rate('lcp', input.lcpMs), cls: rate('cls', input.cls), tbt: rate('tbt', input.tbtMs) };
}
