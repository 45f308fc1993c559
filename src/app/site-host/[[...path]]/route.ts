import { after, NextResponse, type NextRequest } from 'next/server';
import { answerSiteRequest } from '@/modules/host/answer-site-request';
import { clientIp } from '@/lib/http/client-ip';
import { readCappedBody } from '@/lib/http/read-capped-body';
import { reportError } from '@/lib/observability';
import { wireBytesOf } from '@/modules/host/serve-site-file';
import { countryOf } from '@/modules/host/site-traffic-counter';
import { flushSiteTrafficSoon, recordSiteRequest } from '@/modules/host/site-traffic-meter';

export const dynamic = 'force-dynamic';

// Reached only through the proxy's rewrite for site hosts, where Next serves the sites itself
// (Vercel, behind its CDN). Self-hosted, `npm start`'s front and the standalone site server answer
// site hosts before Next (scripts/server.ts, scripts/site-server.ts) with the same function,
// answerSiteRequest. It resolves the Host header itself, so a request to this path on the app's
// own host finds no site and gets the neutral 404.

async function handle(request: NextRequest): Promise<Response> {
  const answer = await answerSiteRequest(
    {
      host: request.headers.get('host'),
      path: request.headers.get('x-pm-site-path') ?? '/',
      method: request.method,
      acceptEncoding: request.headers.get('accept-encoding'),
      ifNoneMatch: request.headers.get('if-none-match'),
      isHttps: request.headers.get('x-forwarded-proto') === 'https',
      clientIp: clientIp(request.headers),
      readBody: (limit) => readCappedBody(request, limit),
      // Next's own response compression (gzip) applies to route handlers and would re-encode
      // ours; a CDN in front adds brotli.
      compress: false,
    },
    (err) => reportError(err, { where: 'site host' }),
  );
  // Counted for the site's traffic analytics (in memory, flushed with the bytes). Vercel's edge
  // sets x-vercel-ip-country (a client's own copy is overwritten); no address is kept.
  recordSiteRequest({
    host: request.headers.get('host'),
    path: request.headers.get('x-pm-site-path') ?? '/',
    method: request.method,
    status: answer.status,
    headers: answer.headers,
    bytes: wireBytesOf(answer),
    country: countryOf(request.headers.get('cf-ipcountry'), request.headers.get('x-vercel-ip-country')),
    fetchDest: request.headers.get('sec-fetch-dest'),
  });
  // The bytes just served are metered in a batch written within seconds; `after` keeps this
  // invocation alive until then (serverless platforms too), and later requests share the batch.
  after(() => flushSiteTrafficSoon((err) => reportError(err, { where: 'traffic flush' })));
  return new NextResponse(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });
}

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
// Not left to Next (which answers OPTIONS itself with 204 and its own Allow): answerSiteRequest
// refuses them with 405 and the methods the path takes, as the site server does.
export const OPTIONS = handle;
export const PUT = handle;
export const DELETE = handle;
export const PATCH = handle;
