/**
 * The documents the Lighthouse bench scores. Bounded on purpose (one Lighthouse run is ~5–10 s):
 * the all-sections page once per palette preset (8 runs), and in those 8 runs every font
 * pairing, style, radius, spacing and section variant appears at least once (each is chosen by
 * the run's index, modulo its count); plus the vegan-bakery site, the typical 8-section page,
 * in both locales, its blog list and a post. A control page comes first (see `controlPage`).
 */
import { buildSite } from '@/modules/build/build-site';
import { CONTENT_TYPES } from '@/modules/build/content-types';
import { makeBuiltFile } from '@/modules/build/make-built-file';
import type { BuiltFile } from '@/modules/build/types';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { composeOfflineSite } from '@/modules/generate/offline/compose-offline-site';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { sectionRegistry, type Section } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { fontPairingNames, palettePresetNames, palettePresets, type Theme } from '@/modules/document/theme';

export type BenchPage = {
  /** Short label for the table. */
  name: string;
  /** The site's files, built for the origin that serves them (canonical and hreflang URLs use it). */
  build: (origin: string) => BuiltFile[];
  /** URL path of the page to score. */
  path: string;
  /** The "typical 8-section page" the < 30 KB budget is about. */
  isTypical: boolean;
  /** The noise-floor page: not ours, scored only to show what this machine costs any page. */
  isControl?: boolean;
};

const built = (document: SiteDocument) => (origin: string) => buildSite(document, { baseUrl: origin }).files;

/**
 * A one-heading page with no CSS, no script and no images, scored in the same run: whatever it
 * loses (mostly Total Blocking Time from a loaded CPU) is this machine, not our renderer.
 */
export const controlPage: BenchPage = {
  name: 'control: blank page (host noise floor)',
  path: '/',
  isTypical: false,
  isControl: true,
  build: () => [
    makeBuiltFile(
      'index.html',
      CONTENT_TYPES.html,
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
        '<title>Control page</title><meta name="description" content="A page with one heading, used as the bench baseline.">' +
        // An inline icon: without one Chromium asks for /favicon.ico and logs the 404 as a console error.
        '<link rel="icon" href="data:,"></head>' +
        '<body><main><h1>Control page</h1><p>One heading and one paragraph.</p></main></body></html>',
    ),
    makeBuiltFile('robots.txt', CONTENT_TYPES.txt, 'User-agent: *\nAllow: /\n'),
  ],
};

const STYLES: Theme['style'][] = ['minimal', 'bold', 'elegant', 'playful'];
const RADII: Theme['radius'][] = ['none', 'sm', 'md', 'lg', 'full'];
const SPACINGS: Theme['spacing'][] = ['compact', 'normal', 'airy'];

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;

/**
 * Same section with its `index`-th variant. The variant list is read from the registry entry
 * of the section's own type, so the (string) variant is one that type accepts.
 */
function withVariant(section: Section, index: number): Section {
  const variants: readonly string[] = sectionRegistry[section.type].variants;
  return { ...section, variant: pick(variants, index) } as Section;
}

export function themedAllSectionsPages(): BenchPage[] {
  return palettePresetNames.map((preset, index) => {
    const theme: Theme = {
      palette: { preset, colors: { ...palettePresets[preset] } },
      fonts: pick(fontPairingNames, index),
      style: pick(STYLES, index),
      radius: pick(RADII, index),
      spacing: pick(SPACINGS, index),
    };
    const document: SiteDocument = {
      ...allSectionsDocument,
      theme,
      pages: allSectionsDocument.pages.map((page) => ({ ...page, sections: page.sections.map((section) => withVariant(section, index)) })),
    };
    return {
      name: `all-sections ${preset}/${theme.fonts}/${theme.style}/v${(index % 2) + 1}`,
      build: built(document),
      path: '/',
      isTypical: false,
    };
  });
}

export function veganBakeryPages(): BenchPage[] {
  return [
    { name: 'vegan-bakery home (en)', build: built(veganBakery), path: '/', isTypical: true },
    { name: 'vegan-bakery home (pt-BR)', build: built(veganBakery), path: '/pt-BR/', isTypical: true },
    { name: 'vegan-bakery blog list', build: built(veganBakery), path: '/blog/', isTypical: false },
    { name: 'vegan-bakery blog post', build: built(veganBakery), path: '/blog/sourdough-without-eggs/', isTypical: false },
  ];
}

/** What a new user actually gets in the embedded default: sites written by the offline composer (with stock art). */
export function composedPages(): BenchPage[] {
  const bakery = composeOfflineSite({
    prompt: 'Uma landing page para uma padaria vegana em Lisboa chamada Pão Verde, com galeria de fotos',
    locales: ['pt-BR', 'en'],
  });
  const barber = composeOfflineSite({ prompt: 'A barber shop in São Paulo with our team, prices and reviews', locales: ['en', 'pt-BR'] });
  return [
    { name: 'composed: bakery with gallery (pt-BR)', build: built(bakery), path: '/', isTypical: false },
    { name: 'composed: barber with team, prices (en)', build: built(barber), path: '/', isTypical: false },
  ];
}

export function lighthouseBenchPages(): BenchPage[] {
  return [controlPage, ...veganBakeryPages(), ...composedPages(), ...themedAllSectionsPages()];
}
