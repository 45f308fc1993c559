import { getFormatter, getTranslations } from 'next-intl/server';

/** The month's totals across the client's sites, over the site list. */
export async function MonthFigures({
  month,
  totals,
}: {
  month: { from: Date };
  totals: { visits: number; leads: number; openTickets: number };
}) {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  const items = [
    { key: 'visits', label: t('visitsMonth'), value: totals.visits },
    { key: 'leads', label: t('leadsMonth'), value: totals.leads },
    { key: 'tickets', label: t('openTickets'), value: totals.openTickets },
  ];
  return (
    <section aria-labelledby="month-figures" className="space-y-2">
      <h2 id="month-figures" className="text-sm font-semibold text-muted">
        {t('monthTitle', { month: format.dateTime(month.from, { month: 'long', year: 'numeric', timeZone: 'UTC' }) })}
      </h2>
      <dl className="grid grid-cols-3 gap-2">
        {items.map((item) => (
          <div key={item.key} className="min-w-0 rounded-xl border border-gray-200 bg-white px-3 py-2">
            <dt className="text-xs break-words text-muted">{item.label}</dt>
            <dd className="text-xl font-bold tabular-nums" data-testid={`month-${item.key}`}>
              {format.number(item.value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
