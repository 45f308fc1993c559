import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme } from '@/modules/document/theme';
import { cleanHex, readableOn } from '@/modules/render/contrast';
import { escapeXml } from './escape-xml';
import { siteDisplayName } from './site-display-name';

/**
 * The first letter or digit of `name` (with its combining marks), upper-cased for the
 * default locale ('i' → 'İ' in Turkish). '' when the name has none, e.g. only emoji.
 */
function monogramInitial(name: string, locale: string): string {
  const match = /\p{L}\p{M}*|\p{N}/u.exec(name.normalize('NFC'));
  if (!match) return '';
  try {
    return match[0].toLocaleUpperCase(locale);
  } catch {
    return match[0].toUpperCase();
  }
}

/**
 * A square monogram: the site name's initial in readable ink on the theme's primary colour.
 * Used as favicon and web-manifest icon. Colours go through cleanHex (hex only) and the letter
 * is escaped, so nothing from the document can add markup to the SVG.
 */
export function renderFaviconSvg(document: SiteDocument): string {
  const background = cleanHex(document.theme?.palette?.colors?.primary, defaultTheme.palette.colors.primary);
  const ink = readableOn(background);
  const initial = monogramInitial(siteDisplayName(document), document.i18n.defaultLocale);
  const letter = initial
    ? `<text x="32" y="32" dy=".35em" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif" font-size="38" font-weight="700" fill="${ink}">${escapeXml(initial)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${background}"/>${letter}</svg>\n`;
}
