import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Theme } from '@/modules/document/theme';
import { allWebFontFiles, webFontFacesFor } from '@/modules/render/web-fonts';

/**
 * Where the `@fontsource/*` packages are installed. Not `require.resolve`: the bundler would take a
 * template-literal resolve as a request for every file in every package (and fail on the .woff
 * files); the files are read at run time instead, from the installed packages (next.config.ts
 * traces them into the server output).
 */
const fontsourceDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource');
const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The bytes of one web font file from its `@fontsource/*` package, or null when the name is not
 * one of ours (the allow-list is every file a theme can ask for, so a request path can never
 * reach another file). Cached: the same dozen files serve every build and preview.
 */
export function readWebFontFile(file: string): Promise<Uint8Array> | null {
  const pkg = allWebFontFiles().get(file);
  if (!pkg) return null;
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(path.join(fontsourceDir, pkg, 'files', file)).then((buffer) => new Uint8Array(buffer));
    // A failed read is not remembered: the next build tries again.
    bytes.catch(() => cache.delete(file));
    cache.set(file, bytes);
  }
  return bytes;
}

/** The font files `theme` uses, by file name, for buildSite. */
export async function loadWebFonts(theme: Partial<Pick<Theme, 'fonts' | 'style'>> | undefined): Promise<Map<string, Uint8Array>> {
  const faces = webFontFacesFor(theme);
  const entries = await Promise.all(faces.map(async (face) => [face.file, await readWebFontFile(face.file)!] as const));
  return new Map(entries);
}
