import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expectNoHorizontalOverflow } from './helpers';

/** A full-page screenshot of `path` in Portuguese with the same session (the tickets specs' own copy is English). */
export async function shotInPortuguese(browser: Browser, page: Page, info: TestInfo, path: string, name: string, expected: string) {
  const pt = await browser.newContext({
    locale: 'pt-BR',
    storageState: await page.context().storageState(),
    viewport: page.viewportSize() ?? undefined,
  });
  const ptPage = await pt.newPage();
  await ptPage.goto(path);
  await expect(ptPage.getByText(expected).first()).toBeVisible();
  await expectNoHorizontalOverflow(ptPage);
  await ptPage.screenshot({ path: info.outputPath(`${name}-pt-BR-${info.project.name}.png`), fullPage: true });
  await pt.close();
}
