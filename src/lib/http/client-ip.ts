/**
 * The client address for rate limits, from a source the client can't write:
 *  - behind our own server (`npm start`, scripts/server.ts), the `x-pm-client-ip` header it sets
 *    from the socket (and TRUSTED_PROXIES), after dropping any copy the client sent;
 *  - on Vercel, the platform's `x-vercel-forwarded-for` (its edge overwrites it);
 *  - otherwise nothing trustworthy reaches the app (Next only fills X-Forwarded-For when the
 *    client did not): 'unknown', one shared bucket — stricter, never bypassable.
 */
export const CLIENT_IP_HEADER = 'x-pm-client-ip';

export function clientIp(headers: { get(name: string): string | null }, env: Record<string, string | undefined> = process.env): string {
  if (env.PM_CLIENT_IP_FROM_SERVER === '1') return headers.get(CLIENT_IP_HEADER)?.trim() || 'unknown';
  if (env.VERCEL === '1') return headers.get('x-vercel-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
  return 'unknown';
}
