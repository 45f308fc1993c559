import { inSpanSync } from '@/lib/telemetry/with-span';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { checkAltText } from './check-alt-text';
import { checkBrokenLinks } from './check-broken-links';
import { checkContrast } from './check-contrast';
import { checkHeadingOrder } from './check-heading-order';
import { checkPageWeight } from './check-page-weight';
import { checkSamples } from './check-samples';
import { checkTranslations } from './check-translations';
import { toHtmlPages } from './html-page';
import type { BuiltFile, CheckResult } from './types';

/**
 * Pre-publish checks over the built files (what visitors will really get) and, for colours
 * and texts, the document. Always returns every check in the same order, 'ok' included, so the
 * UI can show a complete checklist. Errors block publishing (see hasBlockingErrors).
 */
export function checkSite(document: SiteDocument, files: readonly BuiltFile[], storedPaths: readonly string[] = []): CheckResult[] {
  const pages = inSpanSync('check.scan-html', () => toHtmlPages(files));
  return [
    // storedPaths: files of the deployment already in the blob store (photo variants), not rebuilt here.
    ...inSpanSync('check.broken-links', () => checkBrokenLinks(pages, new Set([...files.map((file) => file.path), ...storedPaths]))),
    ...inSpanSync('check.alt-text', () => checkAltText(pages)),
    ...inSpanSync('check.heading-order', () => checkHeadingOrder(pages)),
    ...inSpanSync('check.contrast', () => checkContrast(document)),
    ...inSpanSync('check.page-weight', () => checkPageWeight(pages, files)),
    ...inSpanSync('check.translations', () => checkTranslations(document)),
    ...inSpanSync('check.samples', () => checkSamples(document)),
  ];
}
