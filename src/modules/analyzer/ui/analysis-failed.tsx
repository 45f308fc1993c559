import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import { renderErrorMessage } from '@/lib/i18n/render-error-message';
import type { Locale } from '@/lib/i18n/translate';
import { Alert } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import type { AnalysisResult, Rating } from '../analysis-result';
import { ReportByEmailForm } from './report-by-email-form';
import { RetryAnalysisButton } from './retry-analysis-button';

const RATING_VARIANT: Record<Rating, 'success' | 'warning' | 'danger'> = {
  good: 'success',
  'needs-improvement': 'warning',
  poor: 'danger',
};

/**
 * An analysis that failed — most often a page too slow to load within the budget. The visitor is
 * the hottest lead the analyzer gets (their site is slow), so the page keeps them: why it stopped,
 * what was measured before it did (if anything), "Try again", "Email me when it finishes" (a
 * background run with more time mails the report) and "Build me a faster site".
 */
export async function AnalysisFailed(props: {
  analysisId: string;
  url: string;
  error: ErrorMessage | null;
  partial: AnalysisResult | null;
  locale: Locale;
}) {
  const [t, a, format] = await Promise.all([getTranslations('analyzer.failedPage'), getTranslations('analyzer'), getFormatter()]);
  const error = props.error ?? { key: 'errors.analyzer.failed' as const };
  const isTimeout = error.key === 'errors.analyzer.timeout';
  const partial = props.partial;
  const metricValue = (id: string, value: number) =>
    id === 'cls'
      ? format.number(value, { maximumFractionDigits: 2 })
      : a('seconds', { value: format.number(value / 1000, { maximumFractionDigits: 1 }) });
  return (
    <div className="space-y-6">
      <Alert variant="error">{renderErrorMessage(error, props.locale)}</Alert>
      {isTimeout ? (
        <section aria-labelledby="partial" className="space-y-3">
          <h2 id="partial" className="text-xl font-bold">
            {t('partialTitle')}
          </h2>
          {partial && partial.metrics.length > 0 ? (
            <ul className="divide-y rounded-xl border bg-white">
              {partial.metrics.map((metric) => (
                <li key={metric.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span className="min-w-0">{a('metricName', { metric: metric.id })}</span>
                  <span className="flex items-center gap-2">
                    <span className="font-semibold tabular-nums">{metricValue(metric.id, metric.value)}</span>
                    <Badge variant={RATING_VARIANT[metric.rating]}>{a('ratingName', { rating: metric.rating.replace(/-/g, '_') })}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t('partialNone')}</p>
          )}
          {partial?.screenshot ? (
            // A data: URL from the run itself; next/image adds nothing for it.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={partial.screenshot} alt={a('screenshotAlt')} className="mx-auto max-h-80 w-auto max-w-full rounded-xl border" />
          ) : null}
        </section>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-bold">{t('retryTitle')}</h2>
          <p className="text-sm text-muted">{isTimeout ? t('retryIntroTimeout') : t('retryIntro')}</p>
          <RetryAnalysisButton url={props.url} />
        </Card>
        <Card>
          <ReportByEmailForm analysisId={props.analysisId} />
        </Card>
      </div>
      <Card className="space-y-3 border-brand-200 bg-brand-50">
        <h2 className="text-lg font-bold">{t('buildTitle')}</h2>
        <p className="text-sm">{t('buildText')}</p>
        <Button asChild size="lg" className="w-full sm:w-auto">
          <Link href="/sign-up">{t('buildCta')}</Link>
        </Button>
      </Card>
    </div>
  );
}
