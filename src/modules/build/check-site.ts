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
  const pages = toHtmlPages(files);
  return [
    // storedPaths: files of the deployment already in the blob store (photo variants), not rebuilt here.
    ...checkBrokenLinks(pages, new Set([...files.map((file) => file.path), ...storedPaths])),
    ...checkAltText(pages),
    ...checkHeadingOrder(pages),
    ...checkContrast(document),
    ...checkPageWeight(pages, files),
    ...checkTranslations(document),
    ...checkSamples(document),
  ];
}
