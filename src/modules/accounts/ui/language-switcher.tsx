import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageSwitcherForms } from './language-switcher-forms';

/** The language buttons: the label translated here, so the browser needs no `nav` messages. */
export async function LanguageSwitcher() {
  const [locale, t, h] = await Promise.all([getLocale(), getTranslations('nav'), headers()]);
  return <LanguageSwitcherForms current={locale} label={t('language')} next={h.get('x-pm-pathname') ?? '/'} />;
}
