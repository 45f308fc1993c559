import { describe, expect, it } from 'vitest';
import { capitalize } from './text';

describe('capitalize', () => {
  it('capitalises the first letter, but keeps a word written with a capital inside ("eSocial", "iPhone")', () => {
    expect(capitalize('folha de pagamento')).toBe('Folha de pagamento');
    expect(capitalize('álbum de fotos')).toBe('Álbum de fotos');
    expect(capitalize('eSocial e DCTFWeb')).toBe('eSocial e DCTFWeb');
    expect(capitalize('iPhone e iPad')).toBe('iPhone e iPad');
  });
});
