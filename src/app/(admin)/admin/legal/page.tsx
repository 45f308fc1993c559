import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireAdmin } from '@/modules/accounts/server-session';
import { builtInLegalText } from '@/modules/legal/built-in-legal-text';
import { LEGAL_PAGES } from '@/modules/legal/legal-pages';
import { listLegalTexts } from '@/modules/legal/list-legal-texts';
import { LegalTextEditor } from '@/modules/legal/ui/legal-text-editor';
import { LegalTextPicker } from '@/modules/legal/ui/legal-text-picker';
import { pageTitle } from '@/lib/i18n/page-title';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/translate';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('admin.legal.title');

type Params = Record<string, string | string[] | undefined>;

// requireAdmin() answers 404 to anyone who is not an active admin (with a second factor);
// listLegalTexts checks the role again, and RLS lets only admins write.
export default async function AdminLegalPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { claims } = await requireAdmin();
  const params = await searchParams;
  const page = LEGAL_PAGES.find((p) => p === params.page) ?? 'terms';
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const [t, texts] = await Promise.all([getTranslations('admin.legal'), listLegalTexts(claims)]);
  const saved = texts.find((text) => text.page === page && text.locale === locale);
  const builtIn = builtInLegalText(page, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <LegalTextPicker current={{ page, locale }} savedAt={new Map(texts.map((text) => [`${text.page}:${text.locale}`, text.updatedAt]))} />
      <section aria-labelledby="legal-editing" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="legal-editing" className="text-lg font-semibold">
            {t('page', { page })} · {t('language', { locale: locale.replace('-', '_') })}
          </h2>
          <Link href={`/${page}`} className="text-sm text-brand-700 underline underline-offset-4">
            {t('view')}
          </Link>
        </div>
        {/* Keyed by page and language: switching texts starts the editor afresh. */}
        <LegalTextEditor
          key={`${page}:${locale}`}
          page={page}
          locale={locale}
          initialBody={saved?.body ?? builtIn}
          builtInBody={builtIn}
          isSaved={Boolean(saved)}
        />
      </section>
    </div>
  );
}
