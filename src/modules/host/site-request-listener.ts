import type { IncomingMessage, ServerResponse } from 'node:http';
import { prepareForwardedHeaders, type TrustedProxies } from '@/lib/http/resolve-client-ip';
import { answerSiteRequest, answerSiteRequestFromMemory } from './answer-site-request';
import { getEnv } from '@/lib/env';
import { isAppHost } from './site-host-name';
import { countryOf } from './site-traffic-counter';
import { flushSiteTrafficSoon, recordSiteRequest } from './site-traffic-meter';

/**
 * The site server: site-host requests answered straight from node:http, outside Next's
 * per-request pipeline (which drops our Content-Encoding and re-gzips every response: ~550 req/s
 * instead of tens of thousands). `npm start`'s front (scripts/server.ts) hands it every request
 * whose host is not the app's; self-hosted, Caddy can route site hosts to the standalone process
 * (scripts/site-server.ts). The answers are answerSiteRequest's, the same as the Next route
 * handler's on Vercel, with our own cached br/gzip bodies.
 *
 * The caller has already run prepareForwardedHeaders on the request: `x-pm-client-ip` names the
 * client, and forwarding headers (X-Forwarded-Proto) are kept only from trusted proxies.
 */
export type SiteListenerOptions = { onError: (err: unknown, where: string) => void };

/** The body as bytes, or 'too-large' past `limit` (a declared length over it is refused unread). */
export function readNodeBody(request: IncomingMessage, limit: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isDone = false;
    request.on('data', (chunk: Buffer) => {
      if (isDone) return;
      size += chunk.byteLength;
      if (size > limit) {
        isDone = true;
        // Stop reading; the socket closes after the answer (Connection: close below).
        request.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!isDone) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

const single = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/** Counts the answer for its site's traffic analytics (in memory; flushed with the bytes). */
function countAnswer(
  request: IncomingMessage,
  method: string,
  answer: { status: number; headers: Record<string, string>; body: Uint8Array | null },
) {
  const headers = request.headers;
  recordSiteRequest({
    host: single(headers.host),
    path: request.url ?? '/',
    method,
    status: answer.status,
    headers: answer.headers,
    bytes: answer.body?.byteLength ?? 0,
    // Kept only from trusted proxies (prepareForwardedHeaders drops a client's own copy).
    country: countryOf(single(headers['cf-ipcountry']), single(headers['x-vercel-ip-country'])),
    fetchDest: single(headers['sec-fetch-dest']),
  });
}

export function createSiteRequestListener(options: SiteListenerOptions) {
  const onFlushError = (err: unknown) => options.onError(err, 'traffic flush');
  return (request: IncomingMessage, response: ServerResponse): void => {
    const method = request.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') {
      // Most requests: a file of a site this process already serves, answered without a promise.
      const headers = request.headers;
      const xfp = single(headers['x-forwarded-proto']);
      const answer = answerSiteRequestFromMemory({
        host: single(headers.host),
        path: request.url ?? '/',
        method,
        acceptEncoding: single(headers['accept-encoding']),
        ifNoneMatch: single(headers['if-none-match']),
        isHttps: xfp !== null && xfp.split(',')[0]!.trim() === 'https',
        compress: true,
      });
      if (answer) {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body ?? undefined);
        countAnswer(request, method, answer);
        void flushSiteTrafficSoon(onFlushError);
        return;
      }
    }
    let isBodyLeftUnread = method !== 'GET' && method !== 'HEAD';
    void answerSiteRequest(
      {
        host: single(request.headers.host),
        path: request.url ?? '/',
        method,
        acceptEncoding: single(request.headers['accept-encoding']),
        ifNoneMatch: single(request.headers['if-none-match']),
        isHttps: single(request.headers['x-forwarded-proto'])?.split(',')[0]?.trim() === 'https',
        clientIp: single(request.headers['x-pm-client-ip']) ?? 'unknown',
        readBody: async (limit) => {
          const body = await readNodeBody(request, limit);
          isBodyLeftUnread = body === 'too-large';
          return body;
        },
        compress: true,
      },
      (err) => options.onError(err, 'site host'),
    ).then(
      (answer) => {
        // A body we did not read (a POST to a file, an oversized form) would be taken for the
        // next request on this connection: close it after the answer.
        const headers = isBodyLeftUnread ? { ...answer.headers, Connection: 'close' } : answer.headers;
        response.writeHead(answer.status, headers);
        response.end(answer.body ?? undefined);
        countAnswer(request, method, answer);
        // The bytes just served are written as usage events within seconds, in one batch per
        // process (the meter keeps bytes of a failed write for the next batch).
        void flushSiteTrafficSoon(onFlushError);
      },
      (err: unknown) => {
        // Only writing the answer can get here (answerSiteRequest itself never throws).
        options.onError(err, 'site host');
        response.destroy();
      },
    );
  };
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * `npm start`'s front (scripts/server.ts): one port for the app and its sites. Names the caller
 * (`x-pm-client-ip`, forwarding headers only from TRUSTED_PROXIES), then hands the app's own host
 * to `app` (Next) and every other host to the site server — the same test as the request proxy's
 * (src/proxy.ts), which still rewrites site hosts to the route handler when Next is reached
 * another way (Vercel).
 */
export function createFrontListener(options: {
  trusted: TrustedProxies;
  app: Listener;
  site: Listener;
  isAppHost?: (host: string | undefined) => boolean;
}): Listener {
  const isApp = options.isAppHost ?? memoizedIsAppHost();
  return (request, response) => {
    prepareForwardedHeaders(request.headers, request.socket.remoteAddress, options.trusted);
    if (isApp(request.headers.host)) options.app(request, response);
    else options.site(request, response);
  };
}

/**
 * isAppHost per Host header, remembered: it parses URLs, and every request asks. Bounded (Host is
 * the client's to write) and keyed by the app's URL, which tests change.
 */
function memoizedIsAppHost(): (host: string | undefined) => boolean {
  let appUrl = '';
  const answers = new Map<string, boolean>();
  return (host) => {
    if (host === undefined) return isAppHost(host);
    const url = getEnv().APP_URL;
    if (url !== appUrl || answers.size >= 1_000) {
      answers.clear();
      appUrl = url;
    }
    let answer = answers.get(host);
    if (answer === undefined) answers.set(host, (answer = isAppHost(host, url)));
    return answer;
  };
}
