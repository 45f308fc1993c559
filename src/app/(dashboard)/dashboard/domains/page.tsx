import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Globe } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.domains');

export default async function DomainsPage() {
  await requireSession();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.domains')} />
      <EmptyState
        icon={Globe}
        title={t('empty.domainsTitle')}
        action={
          <Button asChild variant="secondary">
            <Link href="/dashboard">{t('empty.domainsAction')}</Link>
          </Button>
        }
      >
        {t('empty.domains')}
      </EmptyState>
    </div>
  );
}
