import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/lib/ui/badge';
import { Card, CardTitle } from '@/lib/ui/card';
import { FIELD_METRIC_IDS } from '@/lib/crux/field-metrics';
import { CATEGORY_IDS, FIX_CATEGORIES, type AnalysisResult, type Metric, type Rating } from '../analysis-result';
import type { PageMagicReference } from '../page-magic-reference';
import { opportunityValues } from '../report-texts';
import { rateFieldMetric } from '../web-vitals';
import { AuditFixes, ItemList } from './audit-fixes';

const RATING_VARIANT: Record<Rating, 'success' | 'warning' | 'danger'> = {
  good: 'success',
  'needs-improvement': 'warning',
  poor: 'danger',
};

function scoreVariant(score: number | null): 'success' | 'warning' | 'danger' | 'neutral' {
  if (score === null) return 'neutral';
  return score >= 90 ? 'success' : score >= 50 ? 'warning' : 'danger';
}

/**
 * The result: four scores, the lab metrics rated, real-user field data when CrUX has some, the
 * screenshot, the side-by-side with a typical Page Magic site (a kept measurement, see
 * page-magic-reference.ts), the top opportunities in plain words with the files they name, and what
 * to fix for accessibility and SEO.
 */
export async function AnalysisReport({ result, reference }: { result: AnalysisResult; reference: PageMagicReference }) {
  const [t, format] = await Promise.all([getTranslations('analyzer'), getFormatter()]);
  const seconds = (ms: number) => format.number(ms / 1000, { maximumFractionDigits: 1 });
  const valueOf = (id: string, value: number) =>
    id === 'cls' ? format.number(value, { maximumFractionDigits: 2 }) : t('seconds', { value: seconds(value) });
  const metricValue = (metric: Metric) => valueOf(metric.id, metric.value);
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'UTC' });
  const field = result.field ?? null;
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
      {field ? (
        <section aria-labelledby="field">
          <h2 id="field" className="mb-1 text-xl font-bold">
            {t('fieldTitle')}
          </h2>
          <p className="mb-3 text-sm text-muted">
            {field.period
              ? t('fieldScope', { scope: field.scope, first: date(field.period.first), last: date(field.period.last) })
              : t('fieldScopeUndated', { scope: field.scope })}
          </p>
          <ul className="divide-y rounded-xl border bg-white">
            {FIELD_METRIC_IDS.filter((id) => field.p75[id] !== undefined).map((id) => {
              const rating = rateFieldMetric(id, field.p75[id]!);
              return (
                <li key={id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span className="min-w-0">{t('fieldMetricName', { metric: id })}</span>
                  <span className="flex items-center gap-2">
                    <span className="font-semibold tabular-nums">{valueOf(id, field.p75[id]!)}</span>
                    <Badge variant={RATING_VARIANT[rating]}>{t('ratingName', { rating: rating.replace(/-/g, '_') })}</Badge>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="compare">
        <h2 id="compare" className="mb-3 text-xl font-bold">
          {t('compareTitle')}
        </h2>
        <div className="overflow-x-auto rounded-xl border bg-white">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th scope="col" className="p-3">
                  <span className="sr-only">{t('metricsTitle')}</span>
                </th>
                <th scope="col" className="p-3 text-right">
                  {t('compareYours')}
                </th>
                <th scope="col" className="p-3 text-right">
                  {t('comparePageMagic')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {CATEGORY_IDS.map((id) => (
                <tr key={id}>
                  <th scope="row" className="p-3 font-normal">
                    {t('categoryName', { category: id.replace(/-/g, '_') })}
                  </th>
                  <td className="p-3 text-right font-semibold tabular-nums">{result.scores[id] ?? '–'}</td>
                  <td className="p-3 text-right font-semibold tabular-nums">{reference.scores[id] ?? '–'}</td>
                </tr>
              ))}
              {reference.metrics.map((ref) => {
                const yours = result.metrics.find((m) => m.id === ref.id);
                return (
                  <tr key={ref.id}>
                    <th scope="row" className="p-3 font-normal">
                      {t('metricName', { metric: ref.id })}
                    </th>
                    <td className="p-3 text-right tabular-nums">{yours ? metricValue(yours) : '–'}</td>
                    <td className="p-3 text-right tabular-nums">{metricValue(ref)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-muted">{t('compareNote', { date: date(reference.measuredAt), runs: reference.runs })}</p>
      </section>
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
                <Card className="space-y-2">
                  <CardTitle className="text-base">{t('opportunity', opportunityValues(opportunity, format))}</CardTitle>
                  {opportunity.files?.length ? <ItemList items={opportunity.files} more={0} label={t('opportunityFiles')} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Results stored before the fixes were kept have none: nothing is claimed about them. */}
      {result.fixes
        ? FIX_CATEGORIES.map((category) => <AuditFixes key={category} category={category} fixes={result.fixes![category]} />)
        : null}
    </div>
  );
}
