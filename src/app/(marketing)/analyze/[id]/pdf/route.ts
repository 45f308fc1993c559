import { getEnv } from '@/lib/env';
import { getLocale } from '@/lib/i18n/server-locale';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
import { renderAnalysisPdf } from '@/modules/analyzer/render-analysis-pdf';

/**
 * The report's PDF download. Whoever has the shareable link may have its PDF (the id is the key,
 * as for the page); an unknown id, or an analysis that has not finished, answers 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const analysis = await getAnalysis(id);
  if (!analysis?.result || analysis.status !== 'done') return new Response('Not found', { status: 404 });
  const locale = await getLocale();
  const pdf = await renderAnalysisPdf({
    result: analysis.result,
    measuredAt: analysis.createdAt,
    locale,
    shareUrl: new URL(`/analyze/${analysis.id}`, getEnv().APP_URL).toString(),
  });
  const host = new URL(analysis.result.finalUrl || analysis.url).hostname.replace(/[^a-z0-9.-]/gi, '');
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="page-magic-report-${host}.pdf"`,
      'Cache-Control': 'private, no-store',
      // Shareable, never indexed (like the page).
      'X-Robots-Tag': 'noindex, nofollow',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
