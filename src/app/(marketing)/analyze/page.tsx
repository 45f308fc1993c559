import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { AnalyzeForm } from '@/modules/analyzer/ui/analyze-form';
import { BrandMark } from '@/lib/ui/brand-mark';
import { Card } from '@/lib/ui/card';
import { SkipLink } from '@/lib/ui/skip-link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('analyzer');
  return { title: t('title') };
}

/** The free URL analyzer: anyone, no account. */
export default async function AnalyzePage() {
  const t = await getTranslations();
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex max-w-4xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 pt-8 pb-16">
        <h1 className="text-3xl font-extrabold tracking-tight text-balance sm:text-5xl">{t('analyzer.title')}</h1>
        <p className="mt-4 text-lg text-pretty text-muted">{t('analyzer.intro')}</p>
        <Card className="mt-8">
          <AnalyzeForm />
        </Card>
      </main>
    </div>
  );
}
