import { NextRequest } from 'next/server';
import { describeAdapters } from '@/lib/env';
import { decodeUtf8, readCappedBody } from '@/lib/http/read-capped-body';

type InngestHandler = (request: NextRequest, context: unknown) => Promise<Response>;

/**
 * Next hands a proxied body on cut at 10 MiB (`proxyClientMaxBodySize`); Inngest's own requests
 * stay far below (its step outputs are capped at 4 MB).
 */
export const MAX_INNGEST_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Wraps Inngest's `serve()` handlers so that junk answers 4xx instead of the SDK's 500s, without
 * getting in the way of Inngest's own calls:
 *  - with the embedded job engine (no INNGEST_EVENT_KEY / INNGEST_DEV) there is nothing to serve:
 *    404, rather than the SDK's "in cloud mode but no signing key" 500;
 *  - a POST body past the cap is 413, one that is not UTF-8 JSON is 400 (the SDK throws on it).
 * Not an Origin or content-type check: Inngest calls server to server (no browser, no cookies)
 * and each call is authenticated by its signature, which the SDK verifies over the exact bytes —
 * passed on untouched here.
 */
export function guardInngestWebhook(handler: InngestHandler): InngestHandler {
  return async (request, context) => {
    if (describeAdapters().jobs !== 'inngest') return new Response(null, { status: 404 });
    if (request.method !== 'POST') return handler(request, context);
    const bytes = await readCappedBody(request, MAX_INNGEST_BODY_BYTES).catch(() => null);
    if (bytes === 'too-large') return new Response(null, { status: 413 });
    const text = bytes === null ? null : decodeUtf8(bytes);
    if (text === null || !isJson(text)) return new Response(null, { status: 400 });
    return handler(new NextRequest(request.url, { method: request.method, headers: request.headers, body: bytes }), context);
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
