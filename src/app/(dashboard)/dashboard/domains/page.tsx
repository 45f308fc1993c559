import { getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { EmptyState } from '@/modules/accounts/ui/empty-state';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.domains');

export default async function DomainsPage() {
  await requireSession();
  const t = await getT();
  return <EmptyState title={t('nav.domains')} body={t('empty.domains')} icon="🌐" />;
}
