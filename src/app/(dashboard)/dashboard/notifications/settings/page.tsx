import { getTranslations } from 'next-intl/server';
import { getViewerProfile, requireSession } from '@/modules/accounts/server-session';
import { preferenceKindsFor } from '@/modules/notifications/events';
import { getPreferences } from '@/modules/notifications/manage-preferences';
import { listPushDevices } from '@/modules/notifications/push/manage-push-subscriptions';
import { getVapidKeys } from '@/modules/notifications/push/vapid-keys';
import { PreferencesForm } from '@/modules/notifications/ui/preferences-form';
import { PushSettings } from '@/modules/notifications/ui/push-settings';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card, CardContent, CardHeader, CardTitle } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('notifications.preferences.title');

export default async function NotificationSettingsPage() {
  const session = await requireSession();
  const [t, preferences, devices, profile] = await Promise.all([
    getTranslations('notifications'),
    getPreferences(session.claims),
    listPushDevices(session.claims),
    getViewerProfile(session),
  ]);
  // While impersonating, this is the client's profile: the page shows what the client sees. Agency
  // staff — admins and developers (the SLA warning goes to a ticket's assignee) — get the agency's kinds.
  const kinds = preferenceKindsFor(profile && profile.userType !== 'client' ? 'agency' : 'client');
  return (
    <div className="space-y-6">
      <PageHeader title={t('preferences.title')} description={t('preferences.subtitle')} />
      <PreferencesForm preferences={preferences} kinds={kinds} />
      <Card>
        <CardHeader>
          <CardTitle>{t('push.title')}</CardTitle>
        </CardHeader>
        <CardContent>
          {/* The public half of the VAPID pair: browsers bind each subscription to it. */}
          <PushSettings vapidPublicKey={getVapidKeys().publicKey} devices={devices} />
        </CardContent>
      </Card>
    </div>
  );
}
