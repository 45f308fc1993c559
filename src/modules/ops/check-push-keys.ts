import { createECDH } from 'node:crypto';
import type { Env } from '@/lib/env';
import { ok, problem, skipped, warning, type CheckResult } from './doctor-check';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Web Push (VAPID): an uncompressed P-256 public key (65 bytes, base64url) and its 32-byte private
 * key, that belong together (the public key is derived from the private one and compared), and a
 * contact push services accept (`mailto:` or `https:`). Keys that change invalidate every
 * browser's subscription, so a multi-instance or disk-less host must set them.
 */
export function checkPushKeys(
  env: Pick<Env, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT' | 'DATABASE_URL' | 'APP_URL'>,
): CheckResult {
  const name = 'push (VAPID keys)';
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: subject } = env;
  if (!publicKey && !privateKey) {
    const detail = 'not set: a pair is generated once into DATA_DIR/vapid.json';
    return env.DATABASE_URL
      ? warning(name, `${detail} — set them where instances share no disk (Vercel, several servers)`)
      : skipped(name, detail);
  }
  if (!publicKey || !privateKey)
    return problem(
      name,
      `${publicKey ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'} is missing: set the pair (npx web-push generate-vapid-keys)`,
    );
  const publicBytes = BASE64URL.test(publicKey) ? Buffer.from(publicKey, 'base64url') : Buffer.alloc(0);
  if (publicBytes.length !== 65 || publicBytes[0] !== 0x04) {
    return problem(
      name,
      'VAPID_PUBLIC_KEY is malformed: it must be an uncompressed P-256 key, 65 bytes in base64url (npx web-push generate-vapid-keys)',
    );
  }
  const privateBytes = BASE64URL.test(privateKey) ? Buffer.from(privateKey, 'base64url') : Buffer.alloc(0);
  if (privateBytes.length !== 32) return problem(name, 'VAPID_PRIVATE_KEY is malformed: it must be 32 bytes in base64url');
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(privateBytes);
    if (!ecdh.getPublicKey().equals(publicBytes)) return problem(name, 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not one pair');
  } catch {
    return problem(name, 'VAPID_PRIVATE_KEY is not a valid P-256 private key');
  }
  if (subject && !/^(mailto:\S+@\S+|https:\/\/\S+)$/.test(subject))
    return problem(name, 'VAPID_SUBJECT must be a mailto: address or an https: URL');
  // Without VAPID_SUBJECT the push port names APP_URL when it is https (notifications/push/vapid-keys.ts).
  if (!subject && !env.APP_URL.startsWith('https:'))
    return warning(name, 'VAPID_SUBJECT is not set and APP_URL is not https: push services get no real contact');
  return ok(name, 'a valid key pair and a contact are set');
}
