import { describe, expect, it } from 'vitest';
import { areSitesMeasurable } from './are-sites-measurable';
import { performanceStatusOf } from './performance-status';

// Issue 34 #5: the dashboard home and the Insights panel read a site's performance testing from
// this one function, and the embedded mode (sites on this computer) says they are not measured.
describe('performanceStatusOf', () => {
  const live = { isLive: true, areSitesMeasurable: true, grade: null, lastError: null };
  it('says where testing stands', () => {
    expect(performanceStatusOf({ ...live, isLive: false, grade: 'A' })).toBe('notLive');
    expect(performanceStatusOf({ ...live, grade: 'B', lastError: 'errors.analyzer.timeout' })).toBe('graded');
    expect(performanceStatusOf({ ...live, grade: 'B', areSitesMeasurable: false })).toBe('graded');
    expect(performanceStatusOf({ ...live, areSitesMeasurable: false, lastError: 'errors.analyzer.forbiddenAddress' })).toBe(
      'notMeasuredHere',
    );
    expect(performanceStatusOf({ ...live, lastError: 'errors.analyzer.timeout' })).toBe('failed');
    expect(performanceStatusOf(live)).toBe('pending');
  });
});

describe('areSitesMeasurable', () => {
  const env = { NODE_ENV: 'production', ANALYZER_TEST_LOOPBACK: undefined, DATABASE_URL: undefined } as const;
  it('is false for sites served on this computer only', () => {
    for (const root of ['localhost:3000', 'localhost', 'pm.localhost:3210', '127.0.0.1:3000', '[::1]:3000'])
      expect(areSitesMeasurable({ ...env, ROOT_DOMAIN: root }), root).toBe(false);
  });
  it('is true for a public root domain, and for loopback when tests allow it', () => {
    expect(areSitesMeasurable({ ...env, ROOT_DOMAIN: 'sites.example.com' })).toBe(true);
    expect(areSitesMeasurable({ ...env, ROOT_DOMAIN: 'mylocalhost.com' })).toBe(true);
    expect(
      areSitesMeasurable({ ROOT_DOMAIN: 'localhost:3000', NODE_ENV: 'test', ANALYZER_TEST_LOOPBACK: '1', DATABASE_URL: undefined }),
    ).toBe(true);
  });
});
