import path from 'node:path';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { defaultTheme, fontPairings, type Theme } from '@/modules/document/theme';
import { applyEdit } from '@/modules/editor/apply-edit';
import { themeVariables } from '@/modules/render/render-css';
import { openBrowserHarness } from '@tests/helpers/browser-harness';

// The theme panel (issue 12): the real ThemePanel, opened in Chromium as a person would, offers
// font pairing, corners, spacing and style; choosing each asks for a set-theme that changes that
// one setting, and the operation, applied through the schema, sets the site's CSS variables.

let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ page, close } = await openBrowserHarness(path.join(import.meta.dirname, 'theme-harness.tsx')));
  await page.getByTestId('open-theme').click();
}, 60_000);

afterAll(async () => {
  await close?.();
});

const lastChange = async () => (await page.evaluate(() => (window as unknown as { themeChanges: Theme[] }).themeChanges)).at(-1);

/** The CSS variables of the vegan bakery with `theme` set through the editor's operation. */
function variablesWith(theme: Theme): Record<string, string> {
  const result = applyEdit({ ...veganBakery, theme: defaultTheme }, { op: 'set-theme', theme });
  if (!result.ok) throw new Error('set-theme refused');
  const css = themeVariables(result.document);
  return Object.fromEntries([...css.matchAll(/--([\w-]+):([^;}]+)/g)].map((match) => [match[1]!, match[2]!]));
}

describe('the theme panel', () => {
  it('offers font pairing, corners, spacing and style, showing the current theme', async () => {
    const dialog = page.getByRole('dialog', { name: 'Theme' });
    await expect.poll(() => dialog.getByLabel('Fonts').inputValue()).toBe('modern-sans');
    expect(await dialog.getByLabel('Corners').inputValue()).toBe('md');
    expect(await dialog.getByLabel('Spacing').inputValue()).toBe('normal');
    expect(await dialog.getByLabel('Style').inputValue()).toBe('minimal');
    expect(await dialog.getByLabel('Fonts').locator('option').allTextContents()).toContain('Classic serif');
    expect(await dialog.getByLabel('Corners').locator('option').allTextContents()).toEqual([
      'Square',
      'Slightly rounded',
      'Rounded',
      'Very rounded',
      'Pill',
    ]);
    expect(await dialog.getByLabel('Spacing').locator('option').allTextContents()).toEqual(['Compact', 'Normal', 'Airy']);
    expect(await dialog.getByLabel('Style').locator('option').allTextContents()).toEqual(['Minimal', 'Bold', 'Elegant', 'Playful']);
  });

  it('each choice is a set-theme of that one setting, and sets its CSS variables', async () => {
    const dialog = page.getByRole('dialog', { name: 'Theme' });
    let theme = defaultTheme;
    const choose = async (label: string, option: string, change: Partial<Theme>) => {
      await dialog.getByLabel(label).selectOption({ label: option });
      const next = { ...theme, ...change };
      expect(await lastChange()).toEqual(next);
      theme = next;
      return variablesWith(theme);
    };

    // Away from the defaults first, so a choice that resets another setting shows.
    expect(await choose('Corners', 'Square', { radius: 'none' })).toMatchObject({ r: '0', rb: '0' });
    const serif = await choose('Fonts', 'Classic serif', { fonts: 'classic-serif' });
    expect(serif).toMatchObject({ fh: fontPairings['classic-serif'].heading, fb: fontPairings['classic-serif'].body });
    expect(serif.fh).not.toBe(variablesWith(defaultTheme).fh);
    expect(await choose('Corners', 'Pill', { radius: 'full' })).toMatchObject({ r: '1.6rem', rb: '999px' });
    expect(await choose('Spacing', 'Airy', { spacing: 'airy' })).toMatchObject({ sp: 'clamp(4.5rem,11vw,8.5rem)' });
    expect(await choose('Spacing', 'Compact', { spacing: 'compact' })).toMatchObject({ sp: 'clamp(2.5rem,5vw,3.75rem)' });
    const playful = await choose('Style', 'Playful', { style: 'playful' });
    expect(playful).toMatchObject({ sh: '5px 5px 0 var(--ac)', bw: '2px' });
    // Earlier choices hold: the last operation carries the whole theme chosen so far.
    expect(playful).toMatchObject({ fh: fontPairings['classic-serif'].heading, r: '1.6rem', sp: 'clamp(2.5rem,5vw,3.75rem)' });
  });
});
