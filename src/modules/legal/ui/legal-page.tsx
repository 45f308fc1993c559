import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { BrandMark } from '@/lib/ui/brand-mark';
import { SkipLink } from '@/lib/ui/skip-link';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { MarketingFooter } from '@/modules/accounts/ui/marketing-footer';
import { builtInLegalText } from '../built-in-legal-text';
import { getLegalText } from '../get-legal-text';
import type { LegalPageName } from '../legal-pages';
import { Markdown } from './markdown';

const TITLE = { terms: 'terms.title', privacy: 'privacy.title' } as const;

/**
 * The terms of use or the privacy notice in the reader's language: the text the agency saved in
 * the admin area (Markdown, with its date), else the built-in text of the message catalogs.
 */
export async function LegalPage({ page }: { page: LegalPageName }) {
  const [t, tl, locale] = await Promise.all([getTranslations(), getTranslations('legal'), getLocale()]);
  const saved = await getLegalText(page, locale);
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 space-y-6 px-4 pt-6 pb-16 text-pretty break-words">
        <div className="space-y-1">
          <h1 className="text-3xl font-extrabold tracking-tight">{tl(TITLE[page])}</h1>
          {saved ? (
            <p className="text-sm text-muted" data-testid="legal-updated">
              <time dateTime={saved.updatedAt.toISOString()}>{tl('lastUpdated', { date: saved.updatedAt })}</time>
            </p>
          ) : null}
        </div>
        <Markdown source={saved?.body ?? builtInLegalText(page, locale)} />
      </main>
      <MarketingFooter />
    </div>
  );
}
