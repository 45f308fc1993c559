/**
 * The client address for rate limits: the right-most X-Forwarded-For entry, i.e. the address
 * the proxy nearest to us saw (Vercel, nginx's `$proxy_add_x_forwarded_for`, a load balancer all
 * append it). Entries to its left come from the client and can be anything, so the left-most —
 * the usual "first hop" — would let a bot pick a fresh identity per request.
 */
export function clientIp(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) || headers.get('x-real-ip')?.trim() || 'unknown';
}
