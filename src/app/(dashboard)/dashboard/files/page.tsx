import { getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { EmptyState } from '@/modules/accounts/ui/empty-state';

export const metadata = { title: 'Files' };

export default async function FilesPage() {
  await requireSession();
  const t = await getT();
  return <EmptyState title={t('nav.files')} body={t('empty.files')} icon="🗂️" />;
}
