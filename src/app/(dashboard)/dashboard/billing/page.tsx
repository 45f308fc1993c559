import { getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { EmptyState } from '@/modules/accounts/ui/empty-state';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.billing');

export default async function BillingPage() {
  await requireSession();
  const t = await getT();
  return <EmptyState title={t('nav.billing')} body={t('empty.billing')} icon="💳" />;
}
