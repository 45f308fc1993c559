import { getLocale, getT } from '@/lib/i18n/server-locale';
import { publishStrings } from '@/modules/host/ui/publish-strings';
import { requireSession } from '@/lib/auth/server-session';
import { AppShell } from '@/modules/accounts/ui/app-shell';
import { ImpersonationBanner } from '@/modules/accounts/ui/impersonation-banner';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const [session, t, locale] = await Promise.all([requireSession(), getT(), getLocale()]);
  const links = [
    { href: '/dashboard', label: t('nav.projects') },
    { href: '/dashboard/leads', label: publishStrings(locale).leadsTitle },
    { href: '/dashboard/domains', label: t('nav.domains') },
    { href: '/dashboard/usage', label: t('nav.usage') },
    { href: '/dashboard/billing', label: t('nav.billing') },
    { href: '/dashboard/tickets', label: t('nav.tickets') },
    { href: '/dashboard/files', label: t('nav.files') },
  ];
  return (
    <AppShell t={t} email={session.email} links={links} banner={<ImpersonationBanner session={session} />}>
      {children}
    </AppShell>
  );
}
