import type { NextRequest } from 'next/server';
import { reportError } from '@/lib/observability';
import { unsafeIsTlsAllowed } from '@/modules/domains/unsafe-domain-routing';

export const dynamic = 'force-dynamic';

const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * Caddy's on-demand TLS `ask` (docs/caddy.md): 200 only for a custom domain whose ownership a
 * project proved; 404 for everything else, including malformed input and our own hosts (those
 * have certificates of their own). Public on purpose: Caddy calls it without credentials, and it
 * says no more than DNS and the certificate transparency logs already say. Answered from the
 * domains module's cross-process cache, so a burst of handshakes is not a burst of queries.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const domain = request.nextUrl.searchParams.get('domain') ?? '';
  if (domain.length > 253) return new Response('not allowed\n', { status: 404, headers });
  try {
    const allowed = await unsafeIsTlsAllowed(domain);
    return new Response(allowed ? 'ok\n' : 'not allowed\n', { status: allowed ? 200 : 404, headers });
  } catch (err) {
    // A database outage: refuse (Caddy retries on the next handshake) rather than allow blindly.
    reportError(err, { where: 'tls-allowed' });
    return new Response('unavailable\n', { status: 503, headers });
  }
}
