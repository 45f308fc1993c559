import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The public pages' footer: the terms and the privacy notice every visitor can read before signing up. */
export async function MarketingFooter() {
  const t = await getTranslations('legal');
  const link = 'inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4';
  return (
    <footer className="border-t border-gray-200 bg-white" data-testid="marketing-footer">
      <nav aria-label={t('footerLabel')} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-4 text-sm">
        <span className="text-muted">© Page Magic</span>
        <Link href="/terms" className={link}>
          {t('terms.title')}
        </Link>
        <Link href="/privacy" className={link}>
          {t('privacy.title')}
        </Link>
      </nav>
    </footer>
  );
}
