import type { Formats } from 'next-intl';

/**
 * Named formats usable in messages (`{date, date, utcLong}`) and by the formatter. The usage
 * period is a UTC calendar month, so its dates are shown in UTC whatever the time zone.
 */
export const formats = {
  dateTime: {
    utcLong: { dateStyle: 'long', timeZone: 'UTC' },
  },
} satisfies Formats;

/**
 * Dates and times are shown in the server's time zone (as before next-intl): the same zone on
 * the server render and in client components, so hydration never disagrees.
 */
export const TIME_ZONE = process.env.TZ || 'UTC';
