import Link from 'next/link';
import { getT } from '@/lib/i18n/server-locale';
import { getSession } from '@/lib/auth/server-session';
import { getTierLimits } from '@/modules/accounts/get-tier-limits';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { PlanTable } from '@/modules/accounts/ui/plan-table';

export default async function HomePage() {
  const [t, session, tiers] = await Promise.all([getT(), getSession(), getTierLimits()]);
  const features = [
    ['marketing.feature1Title', 'marketing.feature1Body'],
    ['marketing.feature2Title', 'marketing.feature2Body'],
    ['marketing.feature3Title', 'marketing.feature3Body'],
  ] as const;
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 via-white to-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">{t('nav.skip')}</a>
      <header className="mx-auto flex max-w-6xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold">
          <img src="/icons/icon-192.png" alt="" width={32} height={32} /> Page Magic
        </Link>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <Link href={session ? '/dashboard' : '/sign-in'} className="btn-secondary hidden sm:inline-flex">
            {session ? t('nav.projects') : t('nav.signIn')}
          </Link>
        </div>
      </header>
      <main id="main">
        <section className="mx-auto max-w-4xl px-4 pb-16 pt-10 text-center sm:pt-20">
          <h1 className="text-balance text-4xl font-extrabold tracking-tight sm:text-6xl">{t('marketing.heroTitle')}</h1>
          <p className="mx-auto mt-6 max-w-2xl text-pretty text-lg text-muted">{t('marketing.heroBody')}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Link href={session ? '/dashboard' : '/sign-up'} className="btn-primary px-6 text-base">{t('marketing.ctaPrimary')}</Link>
            {!session ? <Link href="/sign-in" className="btn-secondary px-6 text-base">{t('marketing.ctaSecondary')}</Link> : null}
          </div>
        </section>
        <section className="mx-auto grid max-w-6xl gap-4 px-4 pb-16 sm:grid-cols-3" aria-label="Features">
          {features.map(([title, body]) => (
            <div key={title} className="card">
              <h2 className="text-lg font-bold">{t(title)}</h2>
              <p className="mt-2 text-muted">{t(body)}</p>
            </div>
          ))}
        </section>
        <section className="mx-auto max-w-6xl px-4 pb-20" aria-labelledby="plans">
          <h2 id="plans" className="mb-4 text-2xl font-bold">{t('marketing.pricingTitle')}</h2>
          <PlanTable tiers={tiers} t={t} />
        </section>
      </main>
    </div>
  );
}
