import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAgencyDomains } from '@/modules/domains/list-agency-domains';
import { AgencyDomainsTable } from '@/modules/domains/ui/agency-domains-table';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('admin.domains.title');

// requireAdmin() answers 404 to anyone who is not an active admin; listAgencyDomains checks again
// (and RLS shows a non-admin only their own domains).
export default async function AdminDomainsPage() {
  const { claims } = await requireAdmin();
  const [t, domains] = await Promise.all([getTranslations('admin.domains'), listAgencyDomains(claims)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <AgencyDomainsTable domains={domains} />
    </div>
  );
}
