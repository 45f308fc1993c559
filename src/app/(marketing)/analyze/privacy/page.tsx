import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BrandMark } from '@/lib/ui/brand-mark';
import { buttonVariants } from '@/lib/ui/button';
import { SkipLink } from '@/lib/ui/skip-link';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('analyzerLeads.privacy');
  return { title: t('title') };
}

/** The privacy text the analyzer's consent box links to: what is kept, why, on what basis, how to stop. */
export default async function AnalyzerPrivacyPage() {
  const t = await getTranslations();
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex max-w-3xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 pt-6 pb-16 text-pretty">
        <h1 className="text-3xl font-extrabold tracking-tight">{t('analyzerLeads.privacy.title')}</h1>
        <p>{t('analyzerLeads.privacy.what')}</p>
        <p>{t('analyzerLeads.privacy.why')}</p>
        <p>{t('analyzerLeads.privacy.crm')}</p>
        <p>{t('analyzerLeads.privacy.keep')}</p>
        <Link href="/analyze" className={buttonVariants({ variant: 'link' })}>
          {t('analyzerLeads.privacy.back')}
        </Link>
      </main>
    </div>
  );
}
