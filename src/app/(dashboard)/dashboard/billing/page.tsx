import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getBillingOverview } from '@/modules/billing/get-billing-overview';
import { BillingView } from '@/modules/billing/ui/billing-view';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.billing');

export default async function BillingPage({ searchParams }: { searchParams: Promise<{ checkout?: string; boleto?: string }> }) {
  const session = await requireSession();
  const [t, overview, params] = await Promise.all([getTranslations(), getBillingOverview(session.claims), searchParams]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('nav.billing')} />
      <BillingView overview={overview} isCheckoutDone={params.checkout === 'done'} isBoletoIssued={params.boleto === 'issued'} />
    </div>
  );
}
