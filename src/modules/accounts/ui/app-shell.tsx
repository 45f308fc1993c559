import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LogOut } from 'lucide-react';
import { signOutAction } from '@/modules/accounts/auth-actions';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { SkipLink } from '@/lib/ui/skip-link';
import { LanguageSwitcher } from './language-switcher';
import { NavLinks, type NavLink } from './nav-links';
import { BrandMark } from '@/lib/ui/brand-mark';

/** The signed-in frame: top bar, section navigation (a menu on phones), content. */
export async function AppShell({
  email,
  displayName,
  isImpersonating = false,
  links,
  children,
  banner,
  badge,
  actions,
}: {
  email: string | undefined;
  /** The person's own name (account page); shown instead of the email when set. */
  displayName?: string | null;
  /** An admin acting as a client: "Sign out" ends that first, and says so. */
  isImpersonating?: boolean;
  links: NavLink[];
  children: React.ReactNode;
  banner?: React.ReactNode;
  badge?: string;
  /** Controls in the top bar before the language switcher (the notification bell). */
  actions?: React.ReactNode;
}) {
  const t = await getTranslations('nav');
  return (
    <div className="min-h-dvh bg-gray-50">
      <SkipLink>{t('skip')}</SkipLink>
      {banner}
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2">
          {/* Named by what it shows (WCAG 2.5.3): "Page Magic", and the admin badge beside it. On a
              phone the name is for screen readers only. */}
          <Link href="/dashboard" className="flex min-h-11 shrink-0 items-center gap-2 rounded-lg font-bold">
            <BrandMark />
            <span className="sr-only sm:not-sr-only">Page Magic</span>
            {badge ? <Badge variant="solid">{badge}</Badge> : null}
          </Link>
          <div className="flex min-w-0 items-center gap-1">
            <Link
              href="/dashboard/account"
              className="hidden max-w-48 truncate rounded-lg px-1 text-sm text-muted hover:text-ink hover:underline md:inline"
              title={email}
              data-testid="header-person"
            >
              {displayName?.trim() || email}
            </Link>
            {actions}
            <LanguageSwitcher />
            {/* While impersonating, signing out first ends the impersonation (audited like "Stop"). */}
            <form action={signOutAction}>
              {/* The longer label wraps onto two lines rather than pushing the bar wider than a phone. */}
              <Button
                type="submit"
                variant="ghost"
                size="compact"
                className={isImpersonating ? 'max-w-40 px-3 text-left leading-tight whitespace-normal' : 'px-3'}
                data-testid="sign-out"
              >
                <LogOut aria-hidden="true" className="hidden sm:block" />
                {isImpersonating ? t('endImpersonationAndSignOut') : t('signOut')}
              </Button>
            </form>
          </div>
        </div>
        <NavLinks label={t('main')} menuLabel={t('menu')} links={links} />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
