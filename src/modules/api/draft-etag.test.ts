import { describe, expect, it } from 'vitest';
import { draftEtag, ifMatchAccepts } from './draft-etag';

// If-Match as RFC 9110 §13.1.1 reads it: `*`, or a list of entity tags compared strongly.
describe('ifMatchAccepts', () => {
  it('accepts the current strong tag, alone or in a list, and `*`', () => {
    expect(draftEtag(7)).toBe('"v7"');
    expect(ifMatchAccepts('"v7"', 7)).toBe(true);
    expect(ifMatchAccepts(' "v6", "v7" ', 7)).toBe(true);
    expect(ifMatchAccepts('*', 7)).toBe(true);
  });

  it('refuses an older tag, a weak tag, an unquoted one and a look-alike', () => {
    for (const header of ['"v6"', 'W/"v7"', 'v7', '"v70"', '"v7', '', '"*"']) expect(ifMatchAccepts(header, 7), header).toBe(false);
  });
});
