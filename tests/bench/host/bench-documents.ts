/**
 * The documents the Lighthouse bench scores. Bounded on purpose (one Lighthouse run is ~5–10 s):
 * the all-sections page once per palette preset (8 runs), and in those 8 runs every font
 * pairing, style, radius, spacing and section variant appears at least once (each is chosen by
 * the run's index, modulo its count); plus the vegan-bakery site, the typical 8-section page,
 * in both locales, its blog list and a post. A control page comes first (see `controlPage`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { prepareSitePhotos, type PhotoSource } from '@/modules/build/prepare-site-photos';
import { sha256Hex } from '@/modules/build/sha256-hex';
import { listImageSlots } from '@/modules/document/list-image-slots';
import { setSlotImage } from '@/modules/document/set-slot-image';
import { buildSite } from '@/modules/build/build-site';
import { testPhoto } from '../images/test-photo';
import { webFontFacesFor } from '@/modules/render/web-fonts';
import { CONTENT_TYPES } from '@/modules/build/content-types';
import { makeBuiltFile } from '@/modules/build/make-built-file';
import type { BuiltFile } from '@/modules/build/types';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
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

const require = createRequire(import.meta.url);
/** The theme's web fonts, as publishing loads them (load-web-fonts.ts), read synchronously for the page builders. */
export const fontsFor = (document: SiteDocument) =>
  new Map(
    webFontFacesFor(document.theme).map((face) => [
      face.file,
      new Uint8Array(readFileSync(require.resolve(`@fontsource/${face.pkg}/files/${face.file}`))),
    ]),
  );
const built = (document: SiteDocument) => (origin: string) => buildSite(document, { baseUrl: origin, fonts: fontsFor(document) }).files;

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

/** A stock photo's credit as the Unsplash adapter writes it. */
const benchCredit = (index: number) => ({
  provider: 'unsplash' as const,
  name: ['Anna Lima', 'Rui Costa', 'Bea Santos', 'Caio Reis'][index % 4]!,
  url: `https://unsplash.com/@photographer${index}?utm_source=page_magic&utm_medium=referral`,
  providerUrl: 'https://unsplash.com/?utm_source=page_magic&utm_medium=referral',
});

/**
 * The composed bakery with the owner's own photos — phone-like JPEGs of 3–6 MP in the hero, the
 * about section and two gallery pictures — through the real publishing pipeline
 * (prepareSitePhotos: AVIF/WebP/JPEG variants per slot width, srcset/sizes), served from the
 * build's own paths: what "real photos still score 100" is about. Async: encoding takes seconds.
 */
export async function photoPages(): Promise<BenchPage[]> {
  let document = composeOfflineSite({
    prompt: 'Uma landing page para uma padaria vegana em Lisboa chamada Pão Verde, com galeria de fotos',
    locales: ['pt-BR', 'en'],
  });
  const slots = listImageSlots(document)
    .filter((slot) => !slot.isNew && (slot.kind === 'hero' || slot.kind === 'about' || slot.kind === 'gallery'))
    .slice(0, 4);
  const store = createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-bench-lighthouse-photos-')));
  const sources = new Map<string, PhotoSource>();
  for (const [index, slot] of slots.entries()) {
    const bytes = new Uint8Array(await testPhoto(3 + index, index + 11));
    const { width = 1, height = 1 } = await sharp(bytes).metadata();
    const id = randomUUID();
    sources.set(id, { id, sha256: sha256Hex(bytes), read: async () => bytes });
    document = setSlotImage(
      document,
      slot.id,
      // Every other photo a provider's, with the credit line it puts on the page (issue 32: a site
      // with stock photos still scores 100).
      { src: `file:${id}`, width, height, ...(index % 2 === 0 ? { credit: benchCredit(index) } : {}) },
      { locale: document.i18n.defaultLocale, text: `Pão Verde, foto ${index + 1}` },
    );
  }
  const photos = await prepareSitePhotos(document, sources, store);
  const photoFiles = await Promise.all(
    Object.entries(photos.entries).map(async ([filePath, entry]) => {
      const blob = await store.get(blobKeyFor(entry.sha256));
      if (!blob) throw new Error(`photo variant ${filePath} missing from the store`);
      return makeBuiltFile(filePath, entry.contentType, blob.body, entry.immutable);
    }),
  );
  const build = (origin: string) => [...buildSite(document, { baseUrl: origin, fonts: fontsFor(document), photos }).files, ...photoFiles];
  return [{ name: `photos: bakery, ${slots.length} photos 3–6 MP, half credited stock (pt-BR)`, build, path: '/', isTypical: false }];
}

export function lighthouseBenchPages(): BenchPage[] {
  return [controlPage, ...veganBakeryPages(), ...composedPages(), ...themedAllSectionsPages()];
}
