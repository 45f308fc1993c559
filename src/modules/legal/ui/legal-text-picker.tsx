import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '@/lib/i18n/translate';
import { Badge } from '@/lib/ui/badge';
import { cn } from '@/lib/ui/cn';
import { LEGAL_PAGES, type LegalPageName } from '../legal-pages';

/** The six texts (page × language) as links, each saying whether the agency changed it and when. */
export async function LegalTextPicker({
  current,
  savedAt,
}: {
  current: { page: LegalPageName; locale: Locale };
  savedAt: ReadonlyMap<string, Date>;
}) {
  const t = await getTranslations('admin.legal');
  return (
    <nav aria-label={t('choose')} className="grid gap-2 sm:grid-cols-2">
      {LEGAL_PAGES.map((page) => (
        <ul key={page} className="space-y-1">
          {LOCALES.map((locale) => {
            const isCurrent = page === current.page && locale === current.locale;
            const date = savedAt.get(`${page}:${locale}`);
            return (
              <li key={locale}>
                <Link
                  href={`/admin/legal?page=${page}&locale=${locale}`}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={cn(
                    'flex min-h-11 flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg border px-3 py-2 text-sm hover:bg-gray-50',
                    isCurrent ? 'border-brand-600 bg-brand-50' : 'border-gray-200 bg-white',
                  )}
                >
                  <span className="font-medium">
                    {t('page', { page })} · {t('language', { locale: locale.replace('-', '_') })}
                  </span>
                  {date ? <Badge variant="brand">{t('edited', { date })}</Badge> : <Badge>{t('builtIn')}</Badge>}
                </Link>
              </li>
            );
          })}
        </ul>
      ))}
    </nav>
  );
}
