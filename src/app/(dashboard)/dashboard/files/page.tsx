import { getTranslations } from 'next-intl/server';
import { FolderOpen } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { pageTitle } from '@/lib/i18n/page-title';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.files');

export default async function FilesPage() {
  await requireSession();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.files')} />
      <EmptyState icon={FolderOpen} title={t('empty.filesTitle')}>
        {t('empty.files')}
      </EmptyState>
    </div>
  );
}
