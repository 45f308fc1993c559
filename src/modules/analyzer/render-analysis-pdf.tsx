import { renderToBuffer } from '@react-pdf/renderer';
import type { Locale } from '@/lib/i18n/translate';
import type { AnalysisResult } from './analysis-result';
import { getPageMagicReference } from './page-magic-reference';
import { reportTexts } from './report-texts';
import { AnalysisPdf } from './ui/analysis-pdf';

/**
 * A finished analysis as a PDF in the reader's language (the result page's download; mails can
 * attach the same bytes). Pure rendering: the caller has found the analysis and decided who may
 * have it.
 */
export async function renderAnalysisPdf(input: {
  result: AnalysisResult;
  measuredAt: Date;
  locale: Locale;
  shareUrl: string;
}): Promise<Buffer> {
  const reference = getPageMagicReference();
  const texts = reportTexts({ locale: input.locale, result: input.result, measuredAt: input.measuredAt, reference });
  return renderToBuffer(<AnalysisPdf result={input.result} texts={texts} reference={reference} shareUrl={input.shareUrl} />);
}
