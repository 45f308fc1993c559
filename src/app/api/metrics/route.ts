import { AppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { hasBearerToken } from '@/lib/http/bearer-token';
import { jsonError } from '@/lib/http/ndjson';
import { renderMetrics } from '@/lib/metrics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Prometheus scrapes this (src/lib/metrics.ts; ops/grafana/page-magic.json charts it). Read-only
 * and server to server: the bearer token in METRICS_TOKEN is the authentication, compared in
 * constant time. Unset → 404, the same answer as a route that does not exist: an installation
 * that did not ask for metrics exposes nothing and tells nobody there is something to guess. A
 * missing or wrong token → 401 with a Bearer challenge.
 */
export async function GET(request: Request) {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return jsonError(new AppError('NOT_FOUND', 'errors.common.notFound'), 'en');
  if (!hasBearerToken(request.headers.get('authorization'), token)) {
    const refused = jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), 'en');
    refused.headers.set('WWW-Authenticate', 'Bearer realm="metrics"');
    return refused;
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } });
}
