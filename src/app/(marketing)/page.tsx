import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getSession } from '@/modules/accounts/server-session';
import { getTierLimits } from '@/modules/accounts/get-tier-limits';
import { FeatureCards, type Feature } from '@/modules/accounts/ui/feature-cards';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { PlanTable } from '@/modules/accounts/ui/plan-table';
import { CURRENCY, PLANS } from '@/modules/billing/plans';
import { MarketingFooter } from '@/modules/accounts/ui/marketing-footer';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { SkipLink } from '@/lib/ui/skip-link';
import { BrandMark } from '@/lib/ui/brand-mark';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ account?: string | string[] }> }) {
  const [t, session, tiers, { account }] = await Promise.all([getTranslations(), getSession(), getTierLimits(), searchParams]);
  const features: Feature[] = [
    { icon: 'sparkles', title: t('marketing.feature1Title'), body: t('marketing.feature1Body') },
    { icon: 'gauge', title: t('marketing.feature2Title'), body: t('marketing.feature2Body') },
    { icon: 'languages', title: t('marketing.feature3Title'), body: t('marketing.feature3Body') },
  ];
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex max-w-6xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <Button asChild variant="secondary" className="hidden sm:inline-flex">
            <Link href={session ? '/dashboard' : '/sign-in'}>{session ? t('nav.projects') : t('nav.signIn')}</Link>
          </Button>
        </div>
      </header>
      <main id="main">
        {account === 'deleted' ? (
          <div className="mx-auto max-w-4xl px-4">
            <Alert variant="success">{t('account.deleted')}</Alert>
          </div>
        ) : null}
        <section className="mx-auto max-w-4xl px-4 pt-10 pb-16 text-center sm:pt-20">
          <h1 className="text-4xl font-extrabold tracking-tight text-balance sm:text-6xl">{t('marketing.heroTitle')}</h1>
          <p className="mx-auto mt-6 max-w-2xl text-lg text-pretty text-muted">{t('marketing.heroBody')}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href={session ? '/dashboard' : '/sign-up'}>{t('marketing.ctaPrimary')}</Link>
            </Button>
            {!session ? (
              <Button asChild size="lg" variant="secondary">
                <Link href="/sign-in">{t('marketing.ctaSecondary')}</Link>
              </Button>
            ) : null}
          </div>
          <p className="mt-6 flex flex-col items-center gap-x-6 sm:flex-row sm:justify-center">
            {/* A real page written from one paragraph, before anyone signs up (src/app/example). */}
            <a
              href="/example"
              data-testid="example-site"
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t('marketing.exampleCta')}
            </a>
            <Link href="/analyze" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
              {t('analyzer.landingCta')}
            </Link>
          </p>
        </section>
        <FeatureCards features={features} label={t('marketing.features')} />
        <section className="mx-auto max-w-6xl px-4 pb-20" aria-labelledby="plans">
          <h2 id="plans" className="mb-4 text-2xl font-bold">
            {t('marketing.pricingTitle')}
          </h2>
          {/* Prices from the one plan catalogue (billing/content/plans.json), limits from tier_limits (generated from it). */}
          <PlanTable
            tiers={tiers}
            prices={{ currency: CURRENCY, monthlyCents: Object.fromEntries(PLANS.map((p) => [p.tier, p.monthlyCents])) }}
          />
        </section>
      </main>
      <MarketingFooter />
    </div>
  );
}
