import { describe, expect, it } from 'vitest';
import { createFormatter } from 'next-intl';
import { formatUsageQuantity, type FormatNumber } from './format-usage-quantity';

const formatterOf = (locale: 'en' | 'pt-BR'): FormatNumber => {
  const format = createFormatter({ locale });
  return (value, options) => format.number(value, options);
};
const en = formatterOf('en');
const pt = formatterOf('pt-BR');

// Issue 34 #5: hosting hours and storage read the same on Usage, Billing, the admin's billing
// table and the monthly PDF — all of them format through this one function.
describe('formatUsageQuantity', () => {
  it('rounds hosting hours to one decimal and storage to two, counts to whole numbers', () => {
    expect(formatUsageQuantity(en, 'container_hours', 12.3456)).toBe('12.3');
    expect(formatUsageQuantity(en, 'storage_gb', 0.3456)).toBe('0.35');
    expect(formatUsageQuantity(en, 'page_generate', 7)).toBe('7');
    expect(formatUsageQuantity(en, 'ai_token', 123_456.7)).toBe('123,457');
    expect(formatUsageQuantity(en, 'container_hours', 2232)).toBe('2,232');
  });

  it("uses the reader's locale, and the metric's unit when asked", () => {
    expect(formatUsageQuantity(pt, 'container_hours', 12.3456)).toBe('12,3');
    expect(formatUsageQuantity(pt, 'ai_token', 123_456)).toBe('123.456');
    expect(formatUsageQuantity(en, 'container_hours', 12.3456, { withUnit: true })).toBe('12.3 hr');
    expect(formatUsageQuantity(en, 'storage_gb', 1.5, { withUnit: true })).toBe('1.5 GB');
    expect(formatUsageQuantity(pt, 'container_hours', 12.3456, { withUnit: true })).toBe('12,3 h');
    // Counts have no unit of their own: the label names them.
    expect(formatUsageQuantity(en, 'page_generate', 3, { withUnit: true })).toBe('3');
  });
});
