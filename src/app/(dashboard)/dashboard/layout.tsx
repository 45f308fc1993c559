import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getAgencyRole } from '@/modules/accounts/get-agency-role';
import { getViewerProfile, requireSession } from '@/modules/accounts/server-session';
import { AppShell } from '@/modules/accounts/ui/app-shell';
import { ImpersonationBanner } from '@/modules/accounts/ui/impersonation-banner';
import { getUpgradeMode } from '@/modules/billing/get-upgrade-path';
import { PastDueBanner } from '@/modules/billing/ui/past-due-banner';
import { UpgradeModeProvider } from '@/modules/billing/ui/upgrade-link';
import { countUnreadNotifications } from '@/modules/notifications/list-notifications';
import { appBuildId } from '@/modules/notifications/pwa/app-build-id';
import { AppStatus } from '@/modules/notifications/ui/app-status';
import { NotificationBell } from '@/modules/notifications/ui/notification-bell';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const [session, t, tWebhooks] = await Promise.all([requireSession(), getTranslations('nav'), getTranslations('webhooks')]);
  const [unread, agencyRole, profile] = await Promise.all([
    countUnreadNotifications(session.claims),
    getAgencyRole(session.claims),
    getViewerProfile(session),
  ]);
  const links = [
    { href: '/dashboard', label: t('projects'), match: ['/dashboard/projects'] },
    { href: '/dashboard/leads', label: t('leads') },
    { href: '/dashboard/domains', label: t('domains') },
    { href: '/dashboard/reports', label: t('reports') },
    { href: '/dashboard/usage', label: t('usage') },
    { href: '/dashboard/billing', label: t('billing') },
    { href: '/dashboard/tickets', label: t('tickets') },
    // Developers (agency staff who are not admins) answer the tickets assigned to them here.
    ...(agencyRole === 'developer' ? [{ href: '/dashboard/tickets/assigned', label: t('assignedTickets') }] : []),
    { href: '/dashboard/files', label: t('files') },
    { href: '/dashboard/webhooks', label: tWebhooks('nav') },
    { href: '/dashboard/account', label: t('account') },
  ];
  return (
    <ClientMessages area="dashboard">
      <AppShell
        email={session.email}
        displayName={profile?.displayName}
        isImpersonating={Boolean(session.impersonation)}
        links={links}
        actions={<NotificationBell initialCount={unread} />}
        banner={
          <>
            <ImpersonationBanner session={session} />
            <PastDueBanner claims={session.claims} />
            <AppStatus renderedAt={new Date().toISOString()} buildId={appBuildId()} />
          </>
        }
      >
        {/* Every limit message below says "Upgrade" or, without payments, "Ask my agency". */}
        <UpgradeModeProvider mode={getUpgradeMode()}>{children}</UpgradeModeProvider>
      </AppShell>
    </ClientMessages>
  );
}
