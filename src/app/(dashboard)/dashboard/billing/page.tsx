import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CreditCard } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.billing');

export default async function BillingPage() {
  await requireSession();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.billing')} />
      <EmptyState
        icon={CreditCard}
        title={t('empty.billingTitle')}
        action={
          <Button asChild variant="secondary">
            <Link href="/dashboard/usage">{t('empty.billingAction')}</Link>
          </Button>
        }
      >
        {t('empty.billing')}
      </EmptyState>
    </div>
  );
}
