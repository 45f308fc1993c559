import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { requireSession } from '@/modules/accounts/server-session';
import { ImpersonationBanner } from '@/modules/accounts/ui/impersonation-banner';
import { getUpgradeMode } from '@/modules/billing/get-upgrade-path';
import { UpgradeModeProvider } from '@/modules/billing/ui/upgrade-link';
import { appBuildId } from '@/modules/notifications/pwa/app-build-id';
import { AppStatus } from '@/modules/notifications/ui/app-status';
import { SkipLink } from '@/lib/ui/skip-link';

/**
 * The editor's frame: the whole screen goes to the editor (issue 34), so none of the dashboard's
 * chrome (top bar, section tabs) — the editor draws its own one-row header. What must never be
 * hidden stays: the impersonation banner and the installed app's offline/update notices.
 * The session is checked here only to show the banner; the page checks it again (and RLS after it).
 */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const [session, t] = await Promise.all([requireSession(), getTranslations('nav')]);
  return (
    <ClientMessages area="editor">
      <div className="min-h-dvh bg-gray-50">
        <SkipLink>{t('skip')}</SkipLink>
        <ImpersonationBanner session={session} />
        <AppStatus renderedAt={new Date().toISOString()} buildId={appBuildId()} />
        <main id="main">
          <UpgradeModeProvider mode={getUpgradeMode()}>{children}</UpgradeModeProvider>
        </main>
      </div>
    </ClientMessages>
  );
}
