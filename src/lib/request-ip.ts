import 'server-only';
import { headers } from 'next/headers';

/** The client IP for rate limiting (first hop of X-Forwarded-For behind a proxy). */
export async function requestIp(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
}
