import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('is salted: the same password hashes differently each time, in a self-describing format', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery staple'), hashPassword('correct horse battery staple')]);
    expect(a).not.toBe(b);
    for (const h of [a, b]) {
      const parts = h.split('$');
      expect(parts).toHaveLength(6);
      expect(parts.slice(0, 4)).toEqual(['scrypt', '32768', '8', '1']);
      expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
      expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
      expect(h).not.toContain('correct horse');
    }
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('s3cret-Pässword');
    expect(await verifyPassword('s3cret-Pässword', stored)).toBe(true);
    expect(await verifyPassword('s3cret-Password', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    expect(await verifyPassword('s3cret-Pässword ', stored)).toBe(false);
  });

  it('normalises Unicode (NFKC) so the same visible password verifies however it was typed', async () => {
    const stored = await hashPassword('caf\u00e9'); // é precomposed
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true); // e + combining acute
  });

  it('returns false (and does not throw) for a missing stored hash', async () => {
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', undefined)).toBe(false);
    expect(await verifyPassword('anything', '')).toBe(false);
  });

  it('returns false for stored values in another format or with the wrong number of parts', async () => {
    const good = await hashPassword('pw');
    const cases = [
      'pw',
      '$2b$10$abcdefghijklmnopqrstuuJ3j8Wg3F9Yl5dQnI5l0iY6F1b2c3d4e',
      good.replace(/^scrypt/, 'argon2'),
      good.split('$').slice(0, 5).join('$'),
      `${good}$extra`,
    ];
    for (const stored of cases) expect(await verifyPassword('pw', stored), stored).toBe(false);
  });

  // A corrupt row must read as "wrong password", not crash sign-in with a 500.
  it.each([
    ['N not a number', (salt: string, hash: string) => `scrypt$abc$8$1$${salt}$${hash}`],
    ['N not a power of two', (salt: string, hash: string) => `scrypt$1000$8$1$${salt}$${hash}`],
    ['N = 0', (salt: string, hash: string) => `scrypt$0$8$1$${salt}$${hash}`],
    ['r not a number', (salt: string, hash: string) => `scrypt$32768$x$1$${salt}$${hash}`],
    ['negative p', (salt: string, hash: string) => `scrypt$32768$8$-1$${salt}$${hash}`],
    ['tiny parameters', (salt: string, hash: string) => `scrypt$2$1$1$${salt}$${hash}`],
    ['empty key', (salt: string) => `scrypt$32768$8$1$${salt}$`],
    ['truncated key', (salt: string, hash: string) => `scrypt$32768$8$1$${salt}$${hash.slice(0, 10)}`],
  ])('returns false (and does not throw) for an scrypt record with %s', async (_name, make) => {
    const [, , , , salt, hash] = (await hashPassword('pw')).split('$') as [string, string, string, string, string, string];
    await expect(verifyPassword('pw', make(salt, hash))).resolves.toBe(false);
  });
});
