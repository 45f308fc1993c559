import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { listReports } from '@/modules/reports/list-reports';
import { ReportList } from '@/modules/reports/ui/report-list';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('reports.title');

/** The client's monthly reports (RLS: their own; an impersonating admin sees the client's). */
export default async function ReportsPage() {
  const session = await requireSession();
  const [t, reports] = await Promise.all([getTranslations('reports'), listReports(session.claims)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <ReportList reports={reports} />
    </div>
  );
}
