import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { requireAdmin, getSession } from '@/modules/accounts/server-session';
import { AppShell } from '@/modules/accounts/ui/app-shell';
import { ImpersonationBanner } from '@/modules/accounts/ui/impersonation-banner';

// requireAdmin() answers 404 to anyone who is not an active admin.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [{ profile }, session, t, tBilling, tDomains, tTickets, tAnalyzer, tAiUsage, tLegal] = await Promise.all([
    requireAdmin(),
    getSession(),
    getTranslations('nav'),
    getTranslations('admin.billing'),
    getTranslations('admin.domains'),
    getTranslations('adminTickets'),
    getTranslations('adminAnalyzer'),
    getTranslations('adminAiUsage'),
    getTranslations('admin.legal'),
  ]);
  const links = [
    { href: '/admin', label: t('clients'), match: ['/admin/clients'] },
    { href: '/admin/billing', label: tBilling('nav') },
    { href: '/admin/domains', label: tDomains('nav') },
    { href: '/admin/tickets', label: tTickets('nav') },
    { href: '/admin/analyzer', label: tAnalyzer('nav') },
    { href: '/admin/ai-usage', label: tAiUsage('nav') },
    { href: '/admin/legal', label: tLegal('nav') },
    { href: '/admin/audit', label: t('audit') },
    { href: '/admin/outbox', label: t('outbox') },
    { href: '/admin/jobs', label: t('jobs') },
    { href: '/dashboard', label: t('projects') },
  ];
  return (
    <ClientMessages area="admin">
      <AppShell
        email={profile.email}
        displayName={profile.displayName}
        isImpersonating={Boolean(session?.impersonation)}
        links={links}
        badge={t('admin')}
        banner={session ? <ImpersonationBanner session={session} /> : null}
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
