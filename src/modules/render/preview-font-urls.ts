import type { Theme } from '@/modules/document/theme';
import { webFontFacesFor } from './web-fonts';

/** Where the studio preview and the editor canvas load a theme's web fonts from (the app's /site-fonts route). */
export function previewFontUrls(theme: Partial<Pick<Theme, 'fonts' | 'style'>> | undefined): Record<string, string> {
  return Object.fromEntries(webFontFacesFor(theme).map((face) => [face.file, `/site-fonts/${face.file}`]));
}
