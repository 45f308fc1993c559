import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/http/client-ip';

/** The client IP for rate limiting (see clientIp: the nearest proxy's view, not the client's claim). */
export async function requestIp(): Promise<string> {
  const ip = clientIp(await headers());
  return ip === 'unknown' ? 'local' : ip;
}
