import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getBillingOverview } from '@/modules/billing/get-billing-overview';
import { listNfse } from '@/modules/billing/list-nfse';
import { PURCHASABLE_TIERS } from '@/modules/billing/plans';
import { BillingView } from '@/modules/billing/ui/billing-view';
import { NfseList } from '@/modules/billing/ui/nfse-list';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.billing');

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ checkout?: string; boleto?: string; changed?: string }>;
}) {
  const session = await requireSession();
  const [t, overview, nfse, params] = await Promise.all([
    getTranslations(),
    getBillingOverview(session.claims),
    listNfse(session.claims),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('nav.billing')} />
      <BillingView
        overview={overview}
        isCheckoutDone={params.checkout === 'done'}
        isBoletoIssued={params.boleto === 'issued'}
        planChangedTo={PURCHASABLE_TIERS.find((tier) => tier === params.changed)}
      />
      <NfseList isConfigured={nfse.isConfigured} entries={nfse.entries} />
    </div>
  );
}
