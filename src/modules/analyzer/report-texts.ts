import { createFormatter, createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import type { FieldMetricId } from '@/lib/crux/field-metrics';
import type { Locale } from '@/lib/i18n/translate';
import { CATEGORY_IDS, type AnalysisResult, type Metric, type Opportunity, type Rating } from './analysis-result';
import type { PageMagicReference } from './page-magic-reference';

/**
 * Every text of a report in one language, translated and formatted (numbers and dates by locale)
 * from the `analyzer` catalog — for places outside a React page's request: the PDF, and mails
 * that carry the report. Plain data and two formatting functions, no React.
 */
export type ReportTexts = {
  locale: Locale;
  title: string;
  measuredOn: string;
  scoresTitle: string;
  category: Record<(typeof CATEGORY_IDS)[number], string>;
  metricsTitle: string;
  metric: Record<Metric['id'], string>;
  rating: Record<Rating, string>;
  metricValue: (id: Metric['id'], value: number) => string;
  field: { title: string; scope: string; metric: Record<FieldMetricId, string>; value: (id: FieldMetricId, p75: number) => string };
  compare: { title: string; yours: string; pageMagic: string; note: string };
  opportunitiesTitle: string;
  noOpportunities: string;
  opportunities: string[];
};

export function opportunityValues(opportunity: Opportunity, format: ReturnType<typeof createFormatter>) {
  return {
    bytes: opportunity.totalBytes ? format.number(opportunity.totalBytes / 1_000_000, { maximumFractionDigits: 1 }) : '0',
    seconds: format.number(opportunity.savingsMs / 1000, { maximumFractionDigits: 1 }),
    hasBytes: opportunity.totalBytes ? 'yes' : 'no',
    audit: opportunity.id.replace(/-/g, '_'),
  };
}

export function reportTexts(input: {
  locale: Locale;
  result: AnalysisResult;
  measuredAt: Date;
  reference: PageMagicReference;
}): ReportTexts {
  const intl = emailIntl(input.locale);
  const t = createTranslator({ ...intl, namespace: 'analyzer' });
  const format = createFormatter(intl);
  const seconds = (ms: number) => t('seconds', { value: format.number(ms / 1000, { maximumFractionDigits: 1 }) });
  const metricValue = (id: Metric['id'] | FieldMetricId, value: number) =>
    id === 'cls' ? format.number(value, { maximumFractionDigits: 2 }) : seconds(value);
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'UTC' });
  const field = input.result.field ?? null;
  return {
    locale: input.locale,
    title: t('resultTitle'),
    measuredOn: t('measuredOn', { date: date(input.measuredAt), version: input.result.lighthouseVersion }),
    scoresTitle: t('scoresTitle'),
    category: Object.fromEntries(
      CATEGORY_IDS.map((id) => [id, t('categoryName', { category: id.replace(/-/g, '_') })]),
    ) as ReportTexts['category'],
    metricsTitle: t('metricsTitle'),
    metric: Object.fromEntries(
      (['lcp', 'cls', 'tbt', 'fcp', 'si'] as const).map((id) => [id, t('metricName', { metric: id })]),
    ) as ReportTexts['metric'],
    rating: {
      good: t('ratingName', { rating: 'good' }),
      'needs-improvement': t('ratingName', { rating: 'needs_improvement' }),
      poor: t('ratingName', { rating: 'poor' }),
    },
    metricValue,
    field: {
      title: t('fieldTitle'),
      scope: field?.period
        ? t('fieldScope', { scope: field.scope, first: date(field.period.first), last: date(field.period.last) })
        : t('fieldScopeUndated', { scope: field?.scope ?? 'url' }),
      metric: Object.fromEntries(
        (['lcp', 'inp', 'cls', 'fcp', 'ttfb'] as const).map((id) => [id, t('fieldMetricName', { metric: id })]),
      ) as ReportTexts['field']['metric'],
      value: metricValue,
    },
    compare: {
      title: t('compareTitle'),
      yours: t('compareYours'),
      pageMagic: t('comparePageMagic'),
      note: t('compareNote', { date: date(input.reference.measuredAt), runs: input.reference.runs }),
    },
    opportunitiesTitle: t('opportunitiesTitle'),
    noOpportunities: t('noOpportunities'),
    opportunities: input.result.opportunities.map((o) => t('opportunity', opportunityValues(o, format))),
  };
}
