import type { Locale } from '@/lib/i18n/translate';
import type { Tier } from '@/modules/billing/plans';
import type { MonthInvoice } from '@/modules/billing/get-month-invoice';
import type { NfseStatus } from '@/modules/billing/nfse-status';
import type { BilledMetric } from '@/modules/metering/stripe-meters';
import type { TicketMonthStats } from '@/modules/tickets/ticket-month-stats';
import type { ReportMonth } from './report-month';

/**
 * Everything one client's monthly report says, gathered once (collect-report-data.ts) and laid out
 * by the PDF. A section is `null` when nothing was measured for it in the month — the PDF then
 * says so in words; no figure is ever made up to fill a gap.
 */
export type ReportSite = { id: string; name: string; slug: string };

export type ReportTraffic = {
  totals: { requests: number; visits: number; bytes: number; peakRps: number; byClass: Record<'2xx' | '3xx' | '4xx' | '5xx', number> };
  /** Every day of the month, quiet days as zero. */
  days: Array<{ day: string; visits: number; requests: number }>;
  topPages: Array<{ site: string; path: string; requests: number }>;
  countries: Array<{ country: string; requests: number }>;
};

export type ReportPerformanceSite = {
  siteId: string;
  name: string;
  grade: string | null;
  scores: Record<'performance' | 'accessibility' | 'bestPractices' | 'seo', number | null> | null;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  trend: 'up' | 'down' | 'flat' | null;
  /** The month's runs, oldest first: the trend chart's points. */
  runs: Array<{ measuredAt: Date; performance: number }>;
};

export type ReportUptimeSite = {
  siteId: string;
  name: string;
  uptimePercent: number | null;
  checks: number;
  incidents: Array<{
    host: string;
    openedAt: Date;
    resolvedAt: Date | null;
    durationMs: number | null;
    /** The uptime check's cause code (timeout, http_status, connection, dns, tls, blocked, other). */
    cause: string;
    statusCode: number | null;
  }>;
};

export type ReportUsage = Array<{ metric: BilledMetric; used: number; included: number | null }>;

/** A service invoice (NFS-e) of a payment in the month: its links when issued, else where it stands. */
export type ReportNfse = { number: string | null; status: NfseStatus; paidAt: Date; pdfUrl: string | null; xmlUrl: string | null };

export type ReportData = {
  month: ReportMonth;
  timeZone: string;
  from: Date;
  to: Date;
  client: { id: string; name: string; email: string; locale: Locale; tier: Tier };
  sites: ReportSite[];
  leads: {
    total: number;
    contacts: number;
    signUps: number;
    days: Array<{ day: string; count: number }>;
    bySite: Array<{ name: string; count: number }>;
  };
  traffic: ReportTraffic | null;
  performance: ReportPerformanceSite[] | null;
  uptime: ReportUptimeSite[] | null;
  tickets: TicketMonthStats;
  usage: ReportUsage;
  invoice: MonthInvoice;
  nfse: ReportNfse[];
};
