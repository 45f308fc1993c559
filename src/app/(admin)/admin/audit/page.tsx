import { getLocale, getT } from '@/lib/i18n/server-locale';
import { requireAdmin } from '@/lib/auth/server-session';
import { listAuditLog } from '@/modules/accounts/list-audit-log';
import { AuditTable } from '@/modules/accounts/ui/audit-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.audit');

export default async function AuditPage() {
  const { claims } = await requireAdmin();
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listAuditLog(claims, { limit: 200 })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('admin.auditTitle')}</h1>
      <AuditTable rows={rows} t={t} locale={locale} />
    </div>
  );
}
