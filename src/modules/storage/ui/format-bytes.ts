import type { useFormatter } from 'next-intl';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** next-intl's formatter (useFormatter on the client, getFormatter on the server). */
type NumberFormatter = Pick<ReturnType<typeof useFormatter>, 'number'>;

/**
 * "3.2 GB", "980 KB", "3,2 GB" in pt-BR: a byte count in the largest unit below 1024 of it, by
 * the reader's locale (next-intl's formatter). Plans are sized in binary units (5 GB = 5 × 1024³
 * bytes), so the same base is used here and "5 GB" reads as the plan says.
 */
export function formatBytes(format: NumberFormatter, bytes: number): string {
  let value = Math.max(bytes, 0);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return format.number(value, {
    style: 'unit',
    unit: UNITS[unit],
    // "0 bytes" rather than "0 byte"; "3.2 GB" rather than "3.2 gigabytes".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  });
}
