import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import { signOutAction } from '@/modules/accounts/auth-actions';
import { LanguageSwitcher } from './language-switcher';
import { NavLinks } from './nav-links';

/** The signed-in frame: top bar, section navigation (scrolls sideways on phones), content. */
export function AppShell({ t, email, links, children, banner, badge }: {
  t: Translate;
  email: string | undefined;
  links: Array<{ href: string; label: string }>;
  children: React.ReactNode;
  banner?: React.ReactNode;
  badge?: string;
}) {
  return (
    <div className="min-h-dvh bg-gray-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">{t('nav.skip')}</a>
      {banner}
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2">
          <Link href="/dashboard" className="flex shrink-0 items-center gap-2 font-bold">
            <img src="/icons/icon-192.png" alt="" width={28} height={28} />
            <span className="hidden sm:inline">Page Magic</span>
            {badge ? <span className="rounded-md bg-gray-900 px-2 py-0.5 text-xs font-semibold text-white">{badge}</span> : null}
          </Link>
          <div className="flex min-w-0 items-center gap-1">
            <span className="hidden max-w-48 truncate text-sm text-muted md:inline" title={email}>{email}</span>
            <LanguageSwitcher />
            <form action={signOutAction}>
              <button type="submit" className="min-h-11 rounded-lg px-3 text-sm font-semibold text-muted hover:bg-gray-100">{t('nav.signOut')}</button>
            </form>
          </div>
        </div>
        <NavLinks label={t('nav.main')} links={links} />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
