import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Settings } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { listNotifications } from '@/modules/notifications/list-notifications';
import { NotificationList } from '@/modules/notifications/ui/notification-list';
import { pageTitle } from '@/lib/i18n/page-title';
import { buttonVariants } from '@/lib/ui/button';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('notifications.title');

export default async function NotificationsPage() {
  const session = await requireSession();
  const [t, items] = await Promise.all([getTranslations('notifications'), listNotifications(session.claims)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <Link href="/dashboard/notifications/settings" className={buttonVariants({ variant: 'secondary' })}>
            <Settings aria-hidden="true" />
            {t('list.settings')}
          </Link>
        }
      />
      <NotificationList items={items} />
    </div>
  );
}
