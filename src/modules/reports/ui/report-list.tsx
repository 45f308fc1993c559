import { getFormatter, getTranslations } from 'next-intl/server';
import { Download, FileText } from 'lucide-react';
import { Badge } from '@/lib/ui/badge';
import { EmptyState } from '@/lib/ui/empty-state';
import type { ReportListItem } from '../list-reports';

/** Month label of a report row ("November 2026"), whatever the server's time zone. */
export async function reportMonthLabel(month: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(`${month.slice(0, 7)}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Past reports, newest month first, each a PDF download; an empty state says when the first comes. */
export async function ReportList({ reports, emptyText }: { reports: ReportListItem[]; emptyText?: string }) {
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  if (reports.length === 0) {
    return (
      <EmptyState icon={FileText} title={t('emptyTitle')}>
        {emptyText ?? t('empty')}
      </EmptyState>
    );
  }
  const labels = await Promise.all(reports.map((r) => reportMonthLabel(r.month)));
  return (
    <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white" data-testid="reports">
      {reports.map((report, i) => (
        <li key={report.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">{labels[i]}</p>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
              <span>
                {t('generatedAt')}{' '}
                <time dateTime={report.generatedAt.toISOString()}>{format.dateTime(report.generatedAt, { dateStyle: 'medium' })}</time>
              </span>
              <Badge variant={report.emailedAt ? 'success' : 'neutral'}>{report.emailedAt ? t('emailed') : t('notEmailed')}</Badge>
            </p>
          </div>
          <a
            href={`/api/reports/${report.id}/pdf`}
            download
            aria-label={t('downloadMonth', { month: labels[i]! })}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-gray-300 px-3 text-sm font-medium text-brand-700 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <Download aria-hidden="true" className="size-4" />
            {t('download')}
          </a>
        </li>
      ))}
    </ul>
  );
}
