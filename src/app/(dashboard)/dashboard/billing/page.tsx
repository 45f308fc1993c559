import { getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { EmptyState } from '@/modules/accounts/ui/empty-state';

export const metadata = { title: 'Billing' };

export default async function BillingPage() {
  await requireSession();
  const t = await getT();
  return <EmptyState title={t('nav.billing')} body={t('empty.billing')} icon="💳" />;
}
