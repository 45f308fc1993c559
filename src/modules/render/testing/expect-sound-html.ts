import { expect } from 'vitest';
import { isSafeUrl } from '@/modules/document/is-safe-url';
import { headingLevels, innerOf, openTags, scanTags } from './inspect-html';

/**
 * Structural, accessibility and CSP assertions every rendered page must pass. Shared by the
 * render tests so each fixture and each hostile document gets the same scrutiny.
 */
export function expectSoundHtml(html: string, { locale, mode }: { locale: string; mode: 'preview' | 'publish' }): void {
  const tags = openTags(html);

  expect(html.startsWith('<!doctype html><html lang="')).toBe(true);
  expect(openTags(html, 'html')[0].attributes.lang).toBe(locale);
  expect(openTags(html, 'meta').some((tag) => tag.attributes.name === 'viewport')).toBe(true);
  expect(innerOf(html, 'title')?.trim()).not.toBe('');

  // Exactly one h1, first; levels never skip going down.
  const levels = headingLevels(html);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1] + 1);
  });

  // Landmarks and the skip link.
  expect(openTags(html, 'header')).toHaveLength(1);
  expect(openTags(html, 'main')).toHaveLength(1);
  expect(openTags(html, 'main')[0].attributes.id).toBe('main_content');
  expect(openTags(html, 'footer')).toHaveLength(1);
  const body = html.slice(html.indexOf('<body>') + 6);
  expect(body.startsWith('<a class="skip" href="#main_content">')).toBe(true);

  // Images: alt, intrinsic size, lazy except the first content image.
  const images = openTags(html, 'img');
  const contentImages = images.filter((image) => !isInBrand(html, image.raw));
  for (const image of images) {
    expect(image.attributes).toHaveProperty('alt');
    expect(image.attributes.width).toMatch(/^\d+$/);
    expect(image.attributes.height).toMatch(/^\d+$/);
  }
  contentImages.forEach((image, index) => {
    expect(image.attributes.loading).toBe(index === 0 ? undefined : 'lazy');
  });

  // CSP: no inline event handlers or style attributes, the only script is JSON-LD data.
  for (const tag of tags) {
    for (const name of Object.keys(tag.attributes)) {
      expect(name).not.toMatch(/^on/);
      expect(name).not.toBe('style');
      expect(name).not.toBe('srcdoc');
    }
  }
  const scripts = openTags(html, 'script');
  expect(scripts).toHaveLength(1);
  expect(scripts[0].attributes.type).toBe('application/ld+json');
  expect(html.match(/<script/gi)).toHaveLength(1);
  expect(() => JSON.parse(innerOf(html, 'script') ?? '')).not.toThrow();
  expect(openTags(html, 'style')).toHaveLength(mode === 'preview' ? 1 : 0);
  expect(openTags(html, 'link').some((tag) => tag.attributes.rel === 'stylesheet')).toBe(mode === 'publish');
  expect(openTags(html, 'meta').some((tag) => 'http-equiv' in tag.attributes)).toBe(false);
  for (const name of ['iframe', 'object', 'embed', 'base']) expect(openTags(html, name)).toHaveLength(0);

  // Every URL we emit passes the URL policy.
  for (const tag of tags) {
    for (const name of ['href', 'src', 'action']) {
      const value = tag.attributes[name];
      if (value !== undefined) expect(isSafeUrl(value), `${tag.name} ${name}=${value}`).toBe(true);
    }
  }

  // Unique ids; every visible form control has a label.
  const ids = tags.map((tag) => tag.attributes.id).filter((id): id is string => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  const labelled = new Set(openTags(html, 'label').map((label) => label.attributes.for));
  for (const control of [...openTags(html, 'input'), ...openTags(html, 'textarea')]) {
    if (control.attributes.type !== 'hidden') expect(labelled.has(control.attributes.id)).toBe(true);
  }

  // Balanced markup for the elements we nest most.
  for (const name of ['section', 'div', 'ul', 'li', 'p', 'a', 'form', 'details']) {
    const all = scanTags(html).filter((tag) => tag.name === name);
    expect(all.filter((tag) => !tag.isClosing).length, name).toBe(all.filter((tag) => tag.isClosing).length);
  }
}

function isInBrand(html: string, imageTag: string): boolean {
  const brandStart = html.indexOf('<a class="brand"');
  const brandEnd = html.indexOf('</a>', brandStart);
  const position = html.indexOf(imageTag);
  return brandStart >= 0 && position > brandStart && position < brandEnd;
}
