import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';
import { getEnv } from '@/lib/env';

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

const stored = z.object({ publicKey: z.string().min(20), privateKey: z.string().min(20) });
let cached: VapidKeys | undefined;

/**
 * The VAPID key pair that signs our pushes (RFC 8292). From VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY
 * when set; otherwise (embedded default) generated once and kept in DATA_DIR/vapid.json, because
 * browsers bind each subscription to the public key: a new pair on every start would silently
 * orphan every device. The subject is the contact push services use (VAPID_SUBJECT, or APP_URL).
 */
export function getVapidKeys(): VapidKeys {
  if (cached) return cached;
  const env = getEnv();
  const subject = env.VAPID_SUBJECT ?? (env.APP_URL.startsWith('https:') ? env.APP_URL : 'mailto:push@pagemagic.local');
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    cached = { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
    return cached;
  }
  const file = path.resolve(env.DATA_DIR, 'vapid.json');
  let pair: z.infer<typeof stored>;
  try {
    pair = stored.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    pair = webpush.generateVAPIDKeys();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  }
  cached = { ...pair, subject };
  return cached;
}

/** Tests switch DATA_DIR and environment between files. */
export function resetVapidKeysForTests(): void {
  cached = undefined;
}
