import { describe, expect, it } from 'vitest';
import { findUnsafeInput, isSafeText, MAX_INPUT_DEPTH } from './unsafe-input';

describe('findUnsafeInput', () => {
  it('passes ordinary text: tabs, line breaks, accents, emoji, right-to-left marks', () => {
    expect(findUnsafeInput({ prompt: 'Uma padaria\tvegana\r\nem Lisboa — 🥐 ❤️ ‏שלום', locales: ['pt-BR'] })).toBeNull();
    expect(isSafeText('👩‍🍳')).toBe(true);
  });

  it('finds NUL and other control characters, and lone surrogates, with their path', () => {
    expect(findUnsafeInput({ prompt: 'a\u0000b' })).toEqual({ path: ['prompt'], reason: 'control-character' });
    expect(findUnsafeInput({ doc: { items: ['ok', 'bell\u0007'] } })).toEqual({ path: ['doc', 'items', 1], reason: 'control-character' });
    expect(findUnsafeInput(['\u0085'])).toEqual({ path: [0], reason: 'control-character' });
    expect(findUnsafeInput({ name: 'x\ud800' })).toEqual({ path: ['name'], reason: 'lone-surrogate' });
    expect(findUnsafeInput({ name: '\udc00x' })).toEqual({ path: ['name'], reason: 'lone-surrogate' });
    expect(findUnsafeInput({ 'key\u0000': 1 })).toEqual({ path: ['key\u0000'], reason: 'control-character' });
  });

  it('looks into FormData fields', () => {
    const form = new FormData();
    form.append('name', 'fine');
    form.append('slug', 'bad\u001b');
    expect(findUnsafeInput(form)).toEqual({ path: ['slug'], reason: 'control-character' });
  });

  it('refuses nesting past the limit, and walks shared or cyclic objects once', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) deep = [deep];
    expect(findUnsafeInput(deep)?.reason).toBe('too-deep');
    let shared: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 30; i++) shared = { a: shared, b: shared }; // 2³⁰ paths, 31 objects
    const started = Date.now();
    expect(findUnsafeInput(shared)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    const cyclic: Record<string, unknown> = { name: 'ok' };
    cyclic.self = cyclic;
    expect(findUnsafeInput(cyclic)).toBeNull();
  });
});
