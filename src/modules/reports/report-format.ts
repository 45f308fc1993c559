import { createFormatter } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import type { Locale } from '@/lib/i18n/translate';
import type { FormatNumber } from '@/modules/metering/format-usage-quantity';
import type { ReportMonth } from './report-month';

/**
 * Numbers, money, sizes, dates and durations of a report in its reader's language, dates in the
 * agency's time zone (the clock the report's month is counted in). For the PDF and the report's
 * mail — places outside a React page's request.
 *
 * The PDF's standard fonts (WinAnsi) have no narrow no-break or thin space, which some locales put
 * inside numbers and times: those become plain spaces, so nothing prints as a missing glyph.
 */
export type ReportFormat = ReturnType<typeof reportFormat>;

const pdfSafe = (text: string) => text.replace(/[\u202f\u2009\u2007]/g, ' ');

export function reportFormat(locale: Locale, timeZone: string) {
  const format = createFormatter(emailIntl(locale));
  const number = (value: number, maximumFractionDigits = 0) => pdfSafe(format.number(value, { maximumFractionDigits }));
  return {
    locale,
    number,
    /** Any Intl number options (formatUsageQuantity's). */
    formatNumber: ((value, options) => pdfSafe(format.number(value, options))) satisfies FormatNumber,
    percent: (ratio: number, maximumFractionDigits = 0) => pdfSafe(format.number(ratio, { style: 'percent', maximumFractionDigits })),
    money: (cents: number, currency: string) =>
      pdfSafe(format.number(cents / 100, { style: 'currency', currency: currency.toUpperCase() })),
    bytes: (bytes: number) => {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
      }
      return pdfSafe(format.number(value, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }));
    },
    date: (at: Date) => pdfSafe(format.dateTime(at, { dateStyle: 'medium', timeZone })),
    dateTime: (at: Date) => pdfSafe(format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', timeZone })),
    /** "November 2026" / "novembro de 2026". */
    month: (month: ReportMonth) => {
      const [year, mon] = month.split('-').map(Number) as [number, number];
      return pdfSafe(format.dateTime(new Date(Date.UTC(year, mon - 1, 15)), { month: 'long', year: 'numeric', timeZone: 'UTC' }));
    },
    /** A day of the month as a short label ("Nov 1" / "1 de nov."). */
    day: (day: string) => pdfSafe(format.dateTime(new Date(`${day}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' })),
    /** "2 h 5 min", "35 min", "40 s". */
    duration: (ms: number) => {
      const minutes = Math.round(ms / 60_000);
      if (minutes < 1) return pdfSafe(format.number(Math.round(ms / 1000), { style: 'unit', unit: 'second', unitDisplay: 'short' }));
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const min = pdfSafe(format.number(rest, { style: 'unit', unit: 'minute', unitDisplay: 'short' }));
      if (!hours) return min;
      const h = pdfSafe(format.number(hours, { style: 'unit', unit: 'hour', unitDisplay: 'short' }));
      return rest ? `${h} ${min}` : h;
    },
  };
}
