import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme } from '@/modules/document/theme';
import { cleanHex } from '@/modules/render/contrast';
import { siteDisplayName } from './site-display-name';

const SHORT_NAME_LENGTH = 12;

/** Launchers truncate past ~12 characters; cut at a word boundary when one is close. */
function shortNameOf(name: string): string {
  const characters = [...name];
  if (characters.length <= SHORT_NAME_LENGTH) return name;
  const head = characters.slice(0, SHORT_NAME_LENGTH).join('');
  const lastSpace = head.lastIndexOf(' ');
  return (lastSpace >= 4 ? head.slice(0, lastSpace) : head).trim();
}

/**
 * `manifest.webmanifest` for the installed PWA. theme_color equals the pages' `<meta
 * name="theme-color">` (the background), so the browser chrome does not change colour between
 * the installed app and the pages it shows. Key order is fixed, so the bytes are deterministic.
 */
export function renderWebManifest(document: SiteDocument, iconUrl: string, pngIcons: Partial<Record<number, string>> = {}): string {
  const name = siteDisplayName(document);
  const locale = document.i18n.defaultLocale;
  const background = cleanHex(document.theme?.palette?.colors?.background, defaultTheme.palette.colors.background);
  const manifest = {
    id: '/',
    name,
    short_name: shortNameOf(name),
    lang: locale,
    dir: /^(ar|he|fa|ur)(-|$)/.test(locale) ? 'rtl' : 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: background,
    theme_color: background,
    // PNGs made from the owner's logo when there is one: launchers that skip SVG icons pick these.
    icons: [
      { src: iconUrl, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...[192, 512].flatMap((size) =>
        pngIcons[size] ? [{ src: pngIcons[size], sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' }] : [],
      ),
    ],
  };
  return `${JSON.stringify(manifest)}\n`;
}
