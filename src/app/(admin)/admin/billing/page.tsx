import { getTranslations } from 'next-intl/server';
import { describeNfse } from '@/lib/nfse/get-nfse-provider';
import { requireAdmin } from '@/modules/accounts/server-session';
import { getAgencyBilling } from '@/modules/billing/get-agency-billing';
import { listNfseNeedingAgency } from '@/modules/billing/list-nfse';
import { AgencyBillingView } from '@/modules/billing/ui/agency-billing-view';
import { AgencyNfseIssues } from '@/modules/billing/ui/agency-nfse-issues';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('admin.billing.title');

// requireAdmin() answers 404 to anyone who is not an active admin; getAgencyBilling checks again.
export default async function AdminBillingPage() {
  const { claims } = await requireAdmin();
  const [t, billing, nfse] = await Promise.all([getTranslations('admin.billing'), getAgencyBilling(claims), listNfseNeedingAgency(claims)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <AgencyBillingView billing={billing} />
      <AgencyNfseIssues config={describeNfse()} entries={nfse} emails={new Map(billing.rows.map((row) => [row.id, row.email]))} />
    </div>
  );
}
