import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { detectFileType } from './detect-file-type';
import { isSafeSvg } from './is-safe-svg';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFileType (from the bytes, never the name)', () => {
  it('recognises real images and PDFs', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const jpeg = await sharp(png).jpeg().toBuffer();
    const webp = await sharp(png).webp().toBuffer();
    expect((await detectFileType(png))?.mime).toBe('image/png');
    expect((await detectFileType(jpeg))?.mime).toBe('image/jpeg');
    expect((await detectFileType(webp))?.mime).toBe('image/webp');
    expect(await detectFileType(bytes('%PDF-1.7\n%\xe2\xe3\n1 0 obj'))).toMatchObject({ mime: 'application/pdf', inline: true });
  });

  it('refuses HTML, scripts and programs, whatever they are called', async () => {
    for (const content of [
      '<!doctype html><html><script>alert(document.cookie)</script></html>',
      '<html><body onload="alert(1)">',
      '<script>fetch("/api/account/export")</script>',
      '#!/bin/sh\nrm -rf /',
      'just some text that claims to be photo.jpg',
    ]) {
      expect(await detectFileType(bytes(content)), content).toBeNull();
    }
    expect(await detectFileType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff]))).toBeNull(); // a Windows .exe
    expect(await detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]))).toBeNull(); // a bare zip
    expect(await detectFileType(new Uint8Array())).toBeNull();
  });

  it('recognises an SVG by its root element; it is never served inline', async () => {
    const svg = '<?xml version="1.0"?>\n<!-- logo --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle r="2"/></svg>';
    expect(await detectFileType(bytes(svg))).toMatchObject({ mime: 'image/svg+xml', inline: false });
    expect(await detectFileType(bytes('<html><svg></svg></html>'))).toBeNull();
  });
});

describe('isSafeSvg', () => {
  const wrap = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${inner}</svg>`;

  it('takes a plain drawing, with internal references and inline raster images', () => {
    expect(isSafeSvg(wrap('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="4" height="4"/><use href="#g"/>'))).toBe(true);
    expect(isSafeSvg(wrap('<image href="data:image/png;base64,iVBORw0KGgo="/>'))).toBe(true);
  });

  it('refuses anything that can run or reach out', () => {
    for (const svg of [
      wrap('<script>alert(1)</script>'),
      wrap('<SCRIPT >alert(1)</SCRIPT>'),
      wrap('<circle r="2"/>', 'onload="alert(1)"'),
      wrap('<a href="javascript:alert(1)"><circle r="2"/></a>'),
      wrap('<a xlink:href=" JaVaScRiPt:alert(1)"><circle r="2"/></a>'),
      wrap('<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>'),
      wrap('<image href="https://evil.example/track.png"/>'),
      wrap('<rect style="fill: url(https://evil.example/x)"/>'),
      wrap('<style>@import url(https://evil.example/x.css);</style>'),
      wrap('<set attributeName="href" to="javascript:alert(1)"/>'),
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${wrap('<text>&x;</text>')}`,
    ]) {
      expect(isSafeSvg(svg), svg).toBe(false);
    }
  });
});
