import { describe, expect, it } from 'vitest';
import { rateMetric } from './web-vitals';

describe("rateMetric (Google's thresholds)", () => {
  it.each([
    ['lcp', 2500, 'good'],
    ['lcp', 2501, 'needs-improvement'],
    ['lcp', 4001, 'poor'],
    ['cls', 0.1, 'good'],
    ['cls', 0.2, 'needs-improvement'],
    ['cls', 0.26, 'poor'],
    ['tbt', 200, 'good'],
    ['tbt', 600, 'needs-improvement'],
    ['tbt', 601, 'poor'],
    ['fcp', 1800, 'good'],
    ['fcp', 3001, 'poor'],
    ['si', 3400, 'good'],
    ['si', 5800, 'needs-improvement'],
    ['si', 5801, 'poor'],
  ] as const)('%s %d is %s', (id, value, rating) => {
    expect(rateMetric(id, value)).toBe(rating);
  });
});
