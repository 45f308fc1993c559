import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// Time-based one-time passwords (RFC 6238) as authenticator apps speak them: SHA-1, 6 digits,
// 30-second steps. The library does the arithmetic; this file decides the policy around it.

const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it rolled over. */
const WINDOW = 1;

function totpFor(secretBase32: string, label = '') {
  return new TOTP({
    issuer: 'Page Magic',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString();
}

/**
 * The time step a code belongs to, or null when it is wrong. Callers store the last step used
 * and refuse a code whose step is not newer: a code seen over someone's shoulder (or replayed)
 * works once.
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code (tests and the demo banner). */
export function currentTotpCode(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now });
}

// Secrets are stored sealed (AES-256-GCM) with a key derived from the auth secret, so a copy of
// the tokens table alone does not hand out second factors.
function sealingKey(authSecret: string): Buffer {
  return createHash('sha256').update(`page-magic:totp:${authSecret}`).digest();
}

export function sealTotpSecret(secretBase32: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function unsealTotpSecret(sealed: string, authSecret: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) throw new Error('malformed sealed TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(authSecret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

/** Ten single-use recovery codes, shown once; only their hashes are kept. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = randomBytes(5).toString('hex'); // 10 hex characters = 40 bits
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  const compact = code.toLowerCase().replace(/[^0-9a-f]/g, '');
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : '';
}
