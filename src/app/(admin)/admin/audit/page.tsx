import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAuditLog } from '@/modules/accounts/list-audit-log';
import { AuditTable } from '@/modules/accounts/ui/audit-table';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.audit');

export default async function AuditPage() {
  const { claims } = await requireAdmin();
  const [t, rows] = await Promise.all([getTranslations('admin'), listAuditLog(claims, { limit: 200 })]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('auditTitle')} />
      <AuditTable rows={rows} />
    </div>
  );
}
