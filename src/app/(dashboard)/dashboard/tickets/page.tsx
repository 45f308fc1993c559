import { getTranslations } from 'next-intl/server';
import { LifeBuoy } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { pageTitle } from '@/lib/i18n/page-title';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.tickets');

export default async function TicketsPage() {
  await requireSession();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.tickets')} />
      <EmptyState icon={LifeBuoy} title={t('empty.ticketsTitle')}>
        {t('empty.tickets')}
      </EmptyState>
    </div>
  );
}
