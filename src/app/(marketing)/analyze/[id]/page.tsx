import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getLocale } from '@/lib/i18n/server-locale';
import { BrandMark } from '@/lib/ui/brand-mark';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { SkipLink } from '@/lib/ui/skip-link';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
import { getPageMagicReference } from '@/modules/analyzer/page-magic-reference';
import { AnalysisFailed } from '@/modules/analyzer/ui/analysis-failed';
import { AnalysisProgress, isInProgress } from '@/modules/analyzer/ui/analysis-progress';
import { AnalysisReport } from '@/modules/analyzer/ui/analysis-report';
import { LeadCaptureForm } from '@/modules/analyzer/ui/lead-capture-form';
import { RefreshWhileRunning } from '@/modules/analyzer/ui/refresh-while-running';

// The shareable result link: anyone with it may read it, search engines may not index it.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [analysis, t, locale] = await Promise.all([getAnalysis(id), getTranslations(), getLocale()]);
  // The id is the only key to a visitor's analysis: unknown ids answer 404, like a wrong link.
  if (!analysis) notFound();
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 via-white to-white">
      <SkipLink>{t('nav.skip')}</SkipLink>
      <header className="mx-auto flex max-w-5xl items-center justify-between gap-2 p-4">
        <Link href="/" className="flex min-h-11 items-center gap-2 rounded-lg text-lg font-bold">
          <BrandMark size={32} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 pt-4 pb-16">
        <h1 className="text-2xl font-extrabold tracking-tight sm:text-4xl">{t('analyzer.resultTitle')}</h1>
        <p className="mt-2 break-all text-muted">{analysis.url}</p>
        <div className="mt-6">
          {isInProgress(analysis.status) ? (
            <>
              <RefreshWhileRunning />
              <AnalysisProgress status={analysis.status} queuePosition={analysis.queuePosition} />
            </>
          ) : analysis.status === 'failed' ? (
            <AnalysisFailed analysisId={analysis.id} url={analysis.url} error={analysis.error} partial={analysis.result} locale={locale} />
          ) : analysis.result ? (
            <AnalysisReport result={analysis.result} reference={getPageMagicReference()} />
          ) : null}
        </div>
        {analysis.status === 'done' && analysis.result ? (
          <Card className="mt-8">
            <LeadCaptureForm analysisId={analysis.id} />
          </Card>
        ) : null}
        <div className="mt-8 flex flex-wrap gap-3">
          {analysis.status === 'done' ? (
            <Button asChild>
              {/* A file download, not a page: a plain link so the browser saves it. */}
              <a href={`/analyze/${analysis.id}/pdf`} download>
                {t('analyzer.pdfDownload')}
              </a>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <Link href="/analyze">{t('analyzer.another')}</Link>
          </Button>
        </div>
      </main>
    </div>
  );
}
