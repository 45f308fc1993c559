import { getT } from '@/lib/i18n/server-locale';
import { requireAdmin, getSession } from '@/lib/auth/server-session';
import { AppShell } from '@/modules/accounts/ui/app-shell';
import { ImpersonationBanner } from '@/modules/accounts/ui/impersonation-banner';

// requireAdmin() answers 404 to anyone who is not an active admin.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [{ profile }, session, t] = await Promise.all([requireAdmin(), getSession(), getT()]);
  const links = [
    { href: '/admin', label: t('nav.clients') },
    { href: '/admin/audit', label: t('nav.audit') },
    { href: '/admin/outbox', label: t('nav.outbox') },
    { href: '/dashboard', label: t('nav.projects') },
  ];
  return (
    <AppShell t={t} email={profile.email} links={links} badge={t('nav.admin')} banner={session ? <ImpersonationBanner session={session} /> : null}>
      {children}
    </AppShell>
  );
}
