/** The Core Web Vitals the Chrome UX Report gives per page or origin (shared by server and browser code). */
export const FIELD_METRIC_IDS = ['lcp', 'inp', 'cls', 'fcp', 'ttfb'] as const;
export type FieldMetricId = (typeof FIELD_METRIC_IDS)[number];
