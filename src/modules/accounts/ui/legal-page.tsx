import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BrandMark } from '@/lib/ui/brand-mark';
import { SkipLink } from '@/lib/ui/skip-link';
import { LanguageSwitcher } from './language-switcher';
import { MarketingFooter } from './marketing-footer';

// Whole keys, so the catalog test sees each one used (it cannot follow keys built at run time).
const PAGES = {
  terms: {
    title: 'terms.title',
    intro: 'terms.intro',
    sections: [
      ['terms.accountTitle', 'terms.account'],
      ['terms.contentTitle', 'terms.content'],
      ['terms.plansTitle', 'terms.plans'],
      ['terms.serviceTitle', 'terms.service'],
      ['terms.endingTitle', 'terms.ending'],
      ['terms.contactTitle', 'terms.contact'],
    ],
  },
  privacy: {
    title: 'privacy.title',
    intro: 'privacy.intro',
    sections: [
      ['privacy.collectTitle', 'privacy.collect'],
      ['privacy.sitesTitle', 'privacy.sites'],
      ['privacy.sharingTitle', 'privacy.sharing'],
      ['privacy.rightsTitle', 'privacy.rights'],
      ['privacy.contactTitle', 'privacy.contact'],
    ],
  },
} as const;

/**
 * The terms of use or the privacy notice: short sections in plain words, in the reader's language
 * (legal.terms.* / legal.privacy.* in the message catalogs, reviewed as content).
 */
export async function LegalPage({ page }: { page: keyof typeof PAGES }) {
  const [t, tl] = await Promise.all([getTranslations(), getTranslations('legal')]);
  const { title, intro, sections } = PAGES[page];
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex w-full max-w-3xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 space-y-6 px-4 pt-6 pb-16 text-pretty">
        <h1 className="text-3xl font-extrabold tracking-tight">{tl(title)}</h1>
        <p className="text-lg text-muted">{tl(intro)}</p>
        {sections.map(([heading, body]) => (
          <section key={body} aria-labelledby={body.replace('.', '-')} className="space-y-2">
            <h2 id={body.replace('.', '-')} className="text-xl font-semibold">
              {tl(heading)}
            </h2>
            <p>{tl(body)}</p>
          </section>
        ))}
      </main>
      <MarketingFooter />
    </div>
  );
}
