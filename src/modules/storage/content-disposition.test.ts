import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name, with nothing that could end the header', () => {
    expect(contentDisposition('attachment', 'Pão "fresco".jpg')).toBe(
      `attachment; filename="P_o _fresco_.jpg"; filename*=UTF-8''P%C3%A3o%20%22fresco%22.jpg`,
    );
    const header = contentDisposition('inline', 'a\r\nSet-Cookie: x=1;.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('inline; filename="')).toBe(true);
  });
});
