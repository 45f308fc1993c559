import { setImmediate as nextTurn } from 'node:timers/promises';
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

/** The checks in their order, each one a span; checkSite and checkSiteInTurns run the same list. */
function siteChecks(document: SiteDocument, files: readonly BuiltFile[], storedPaths: readonly string[]): (() => CheckResult[])[] {
  let pages: ReturnType<typeof toHtmlPages> | undefined;
  const pagesOf = () => (pages ??= inSpanSync('check.scan-html', () => toHtmlPages(files)));
  return [
    // storedPaths: files of the deployment already in the blob store (photo variants), not rebuilt here.
    () => inSpanSync('check.broken-links', () => checkBrokenLinks(pagesOf(), new Set([...files.map((file) => file.path), ...storedPaths]))),
    () => inSpanSync('check.alt-text', () => checkAltText(pagesOf())),
    () => inSpanSync('check.heading-order', () => checkHeadingOrder(pagesOf())),
    () => inSpanSync('check.contrast', () => checkContrast(document)),
    () => inSpanSync('check.page-weight', () => checkPageWeight(pagesOf(), files)),
    () => inSpanSync('check.translations', () => checkTranslations(document)),
    () => inSpanSync('check.samples', () => checkSamples(document)),
  ];
}

/**
 * Pre-publish checks over the built files (what visitors will really get) and, for colours
 * and texts, the document. Always returns every check in the same order, 'ok' included, so the
 * UI can show a complete checklist. Errors block publishing (see hasBlockingErrors).
 */
export function checkSite(document: SiteDocument, files: readonly BuiltFile[], storedPaths: readonly string[] = []): CheckResult[] {
  return siteChecks(document, files, storedPaths).flatMap((check) => check());
}

/**
 * The same checks, same results, with a turn of the event loop between two: the publish runs
 * them while the built files are being written, and each write's next step (a write, a flush, a
 * rename) gets the thread between checks instead of waiting for all of them.
 */
export async function checkSiteInTurns(
  document: SiteDocument,
  files: readonly BuiltFile[],
  storedPaths: readonly string[] = [],
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of siteChecks(document, files, storedPaths)) {
    results.push(...check());
    await nextTurn();
  }
  return results;
}
