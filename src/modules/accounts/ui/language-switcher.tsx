import { headers } from 'next/headers';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import { setLocaleAction } from '@/modules/accounts/auth-actions';

// A plain form per language: works without JavaScript and with a keyboard.
export async function LanguageSwitcher() {
  const [locale, t, h] = await Promise.all([getLocale(), getT(), headers()]);
  const next = h.get('x-pm-pathname') ?? '/';
  const options = [
    { locale: 'en', label: 'English', short: 'EN' },
    { locale: 'pt-BR', label: 'Português (Brasil)', short: 'PT' },
  ] as const;
  return (
    <nav aria-label={t('nav.language')} className="flex gap-1">
      {options.map((o) => (
        <form key={o.locale} action={setLocaleAction as unknown as (form: FormData) => Promise<void>}>
          <input type="hidden" name="locale" value={o.locale} />
          <input type="hidden" name="next" value={next} />
          <button
            type="submit"
            lang={o.locale}
            aria-label={o.label}
            aria-current={locale === o.locale ? 'true' : undefined}
            className={`min-h-11 min-w-11 rounded-lg px-2 text-sm font-semibold ${locale === o.locale ? 'bg-brand-100 text-brand-900' : 'text-muted hover:bg-gray-100'}`}
          >
            {o.short}
          </button>
        </form>
      ))}
    </nav>
  );
}
