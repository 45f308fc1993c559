import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Card, CardTitle } from '@/lib/ui/card';
import { CATEGORY_IDS, type AnalysisResult, type Metric, type Rating } from '../analysis-result';

const RATING_VARIANT: Record<Rating, 'success' | 'warning' | 'danger'> = {
  good: 'success',
  'needs-improvement': 'warning',
  poor: 'danger',
};

function scoreVariant(score: number | null): 'success' | 'warning' | 'danger' | 'neutral' {
  if (score === null) return 'neutral';
  return score >= 90 ? 'success' : score >= 50 ? 'warning' : 'danger';
}

/** The result: four scores, the lab metrics rated, the screenshot and the top opportunities in plain words. */
export async function AnalysisReport({ result }: { result: AnalysisResult }) {
  const [t, format] = await Promise.all([getTranslations('analyzer'), getFormatter()]);
  const seconds = (ms: number) => format.number(ms / 1000, { maximumFractionDigits: 1 });
  const metricValue = (metric: Metric) =>
    metric.id === 'cls' ? format.number(metric.value, { maximumFractionDigits: 2 }) : t('seconds', { value: seconds(metric.value) });
  return (
    <div className="space-y-6">
      <section aria-labelledby="scores">
        <h2 id="scores" className="mb-3 text-xl font-bold">
          {t('scoresTitle')}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {CATEGORY_IDS.map((id) => (
            <li key={id}>
              <Card className="flex flex-col items-center gap-2 text-center">
                <span className="text-3xl font-extrabold tabular-nums">{result.scores[id] ?? '–'}</span>
                <Badge variant={scoreVariant(result.scores[id])}>{t('categoryName', { category: id.replace(/-/g, '_') })}</Badge>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 md:grid-cols-[1fr_auto]">
        <section aria-labelledby="metrics">
          <h2 id="metrics" className="mb-3 text-xl font-bold">
            {t('metricsTitle')}
          </h2>
          <ul className="divide-y rounded-xl border bg-white">
            {result.metrics.map((metric) => (
              <li key={metric.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span className="min-w-0">{t('metricName', { metric: metric.id })}</span>
                <span className="flex items-center gap-2">
                  <span className="font-semibold tabular-nums">{metricValue(metric)}</span>
                  <Badge variant={RATING_VARIANT[metric.rating]}>{t('ratingName', { rating: metric.rating.replace(/-/g, '_') })}</Badge>
                </span>
              </li>
            ))}
          </ul>
        </section>
        {result.screenshot ? (
          // A data: URL from the run itself; next/image adds nothing for it.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={result.screenshot} alt={t('screenshotAlt')} className="mx-auto max-h-96 w-auto max-w-full rounded-xl border" />
        ) : null}
      </div>
      <section aria-labelledby="opportunities">
        <h2 id="opportunities" className="mb-3 text-xl font-bold">
          {t('opportunitiesTitle')}
        </h2>
        {result.opportunities.length === 0 ? (
          <p className="text-muted">{t('noOpportunities')}</p>
        ) : (
          <ul className="space-y-2">
            {result.opportunities.map((opportunity) => (
              <li key={opportunity.id}>
                <Card>
                  <CardTitle className="text-base">
                    {t('opportunity', {
                      bytes: opportunity.totalBytes ? format.number(opportunity.totalBytes / 1_000_000, { maximumFractionDigits: 1 }) : '0',
                      seconds: seconds(opportunity.savingsMs),
                      hasBytes: opportunity.totalBytes ? 'yes' : 'no',
                      audit: opportunity.id.replace(/-/g, '_'),
                    })}
                  </CardTitle>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
