/**
 * The UI review's first step, as a new user gets it in the embedded default: each prompt of a
 * review set (the fenced blocks of a `ui-review-prompts-*.md`) through the brief and the offline
 * composer, rendered as the studio's preview shows it (samples marked, since publishing is blocked
 * until they are replaced) next to the publisher's own `buildSite` files, served like production
 * and screenshotted in Debian's Chromium at desktop width and at 360 px. Writes `<out>/<n>-desktop.png`, `<n>-360.png`
 * `<n>-brief.json` (what was understood) and `<n>-text.txt` (the home page's words and links) for a
 * person to look at and score.
 *
 *   npx tsx tests/eval/generate/render-review.ts tests/eval/generate/ui-review-prompts-3.md /tmp/review-3
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { extractBrief } from '@/modules/brief/extract-brief';
import { buildSite } from '@/modules/build/build-site';
import { makeBuiltFile } from '@/modules/build/make-built-file';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { renderPage } from '@/modules/render/render-page';
import { fontsFor } from '../../bench/host/bench-documents';
import { startStaticSiteServer } from '../../bench/host/site-file-server';

const [setFile, outDir = '/tmp/ui-review'] = process.argv.slice(2);
if (!setFile) throw new Error('usage: render-review.ts <ui-review-prompts-N.md> [out dir]');
const prompts = [...readFileSync(setFile, 'utf8').matchAll(/```\n([\s\S]*?)\n\s*```/g)].map((match) =>
  match[1]!
    .split('\n')
    .map((line) => line.replace(/^ {3}/, ''))
    .join('\n')
    .trim(),
);
mkdirSync(outDir, { recursive: true });

async function main() {
  const server = await startStaticSiteServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const [index, prompt] of prompts.entries()) {
      const n = String(index + 1).padStart(2, '0');
      // As the studio does with the defaults kept: the brief read from the prompt decides the languages.
      const started = performance.now();
      const brief = extractBrief({ prompt });
      const document = composeOfflineSite({ prompt, locales: brief.languages, brief });
      const ms = Math.round(performance.now() - started);
      writeFileSync(path.join(outDir, `${n}-brief.json`), JSON.stringify({ prompt, ms, brief }, null, 2));
      const fonts = fontsFor(document);
      // The studio's preview of the home page, its fonts where the app serves them.
      const preview = renderPage(document, {
        pageSlug: '',
        locale: document.i18n.defaultLocale,
        mode: 'preview',
        assetUrls: { files: {}, fonts: previewFontUrls(document.theme) },
      });
      server.setFiles([
        ...buildSite(document, { baseUrl: server.origin, fonts }).files,
        ...[...fonts].map(([file, bytes]) => makeBuiltFile(`site-fonts/${file}`, 'font/woff2', bytes)),
      ]);
      for (const [label, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['360', { width: 360, height: 740 }],
      ] as const) {
        const page = await browser.newPage({ viewport });
        // The studio serves its preview under its own policy (the inline styles by hash): here it is
        // handed over as is, its fonts from the static server.
        await page.route('**/preview.html', (route) => route.fulfill({ body: preview, contentType: 'text/html; charset=utf-8' }));
        await page.goto(`${server.origin}/preview.html`);
        await page.screenshot({ path: path.join(outDir, `${n}-${label}.png`), fullPage: true });
        // The page's words in reading order, links with their targets: what a reviewer reads first.
        if (label === 'desktop')
          writeFileSync(
            path.join(outDir, `${n}-text.txt`),
            await page.evaluate(() => {
              const links = [...globalThis.document.querySelectorAll('a[href]')].map(
                (a) => `[${a.textContent?.trim()}](${a.getAttribute('href')})`,
              );
              return `${globalThis.document.body.innerText}\n\n--- links\n${links.join('\n')}`;
            }),
          );
        await page.close();
      }
      console.log(`${n}  ${ms} ms  ${prompt.slice(0, 70).replace(/\n/g, ' ')}…`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
