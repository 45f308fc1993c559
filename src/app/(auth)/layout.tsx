import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { Card } from '@/lib/ui/card';
import { SkipLink } from '@/lib/ui/skip-link';
import { BrandMark } from '@/lib/ui/brand-mark';

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations('nav');
  return (
    <ClientMessages area="auth">
      <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-white">
        <SkipLink>{t('skip')}</SkipLink>
        <header className="flex items-center justify-between gap-2 p-4">
          <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg font-bold">
            <BrandMark /> Page Magic
          </Link>
          <LanguageSwitcher />
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 pt-4 pb-12 sm:items-center">
          <Card className="w-full max-w-md space-y-6 p-6 sm:p-8">{children}</Card>
        </main>
      </div>
    </ClientMessages>
  );
}
