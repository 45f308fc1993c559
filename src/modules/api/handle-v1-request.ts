import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { getEnv } from '@/lib/env';
import { reportError } from '@/lib/observability';
import { getRateLimiter } from '@/lib/ratelimit/get-rate-limiter';
import type { RateLimitResult, RateLimitRule } from '@/lib/ratelimit/types';
import { decodeUtf8, readCappedBody } from '@/lib/http/read-capped-body';
import { AppError, isAppError } from '@/lib/errors';
import { authenticateApiKey } from './authenticate-api-key';
import type { ApiScope } from './api-scopes';
import { problemFromError, problemResponse } from './problem';
import { V1Reply } from './v1-reply';

/** Requests per key per window (times RATE_LIMIT_SCALE). One bucket per key, shared by every route. */
export const API_KEY_RATE_LIMIT: RateLimitRule = { limit: 600, windowSeconds: 60 };
/** The largest JSON body a v1 route reads. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

export type V1Context = {
  claims: VerifiedClaims;
  keyId: string;
  scopes: readonly ApiScope[];
  /** The key's project restriction (null: the whole account); routes apply it through key-project.ts. */
  keyProjectId: string | null;
  request: Request;
};

const BEARER = /^Bearer\s+(\S+)$/i;

/** Methods that only read: their route may run beside the rate-limit check (RFC 9110 §9.2.1). */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * The one way into /api/v1: key → claims of its owner (401 unknown, revoked, expired) → rate
 * limit per key (429 with Retry-After) → scope (403 naming the missing scope) → the route, whose
 * errors become problem details. The route runs as the key's owner through withRls in the domain
 * functions it calls: the key decides *which* routes, RLS decides *which rows*.
 *
 * A read (GET, HEAD) starts its route beside the limit check rather than after it: with Redis the
 * check is a network round trip (3–6 ms at p99 on a busy host), more than the API's whole 2 ms
 * budget over the query, and overlapping it with the query hides it. The count stays exact — the
 * limiter still counts every request atomically, and a refused one gets its 429 whatever the route
 * made of it — and a read has no effect to undo, so discarding its answer is safe. Everything
 * else (POST, PATCH, PUT, DELETE) still waits for the limiter before its route runs: a refused
 * write must have no effect. A key this process has already seen refused is answered at once,
 * until the refusal's reset, without starting its route (SharedRateLimiter.knownRefusal).
 */
export async function handleV1Request(request: Request, scope: ApiScope, route: (ctx: V1Context) => Promise<unknown>): Promise<Response> {
  const unauthorized = (detail: string) =>
    problemResponse(401, 'UNAUTHENTICATED', detail, {}, { 'www-authenticate': 'Bearer realm="api"' });
  const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return unauthorized('Send an API key as "Authorization: Bearer <key>".');
  let headers: Headers = new Headers();
  let early: Promise<unknown> | undefined;
  try {
    const auth = await authenticateApiKey(token);
    if (auth === 'unknown') return unauthorized('This API key is not valid.');
    if (auth === 'revoked') return unauthorized('This API key was revoked.');
    if (auth === 'expired') return unauthorized('This API key has expired.');
    if (auth === 'suspended') return unauthorized('The account of this API key is suspended.');

    const rule = { ...API_KEY_RATE_LIMIT, limit: API_KEY_RATE_LIMIT.limit * getEnv().RATE_LIMIT_SCALE };
    const limiter = await getRateLimiter();
    const limitKey = `api-key:${auth.keyId}`;
    const known = limiter.knownRefusal(limitKey);
    if (known) return tooManyRequests(known, rule);

    const ctx: V1Context = { claims: auth.claims, keyId: auth.keyId, scopes: auth.scopes, keyProjectId: auth.projectId, request };
    const hasScope = auth.scopes.includes(scope);
    const limiting = limiter.limit(limitKey, rule);
    if (hasScope && SAFE_METHODS.has(request.method)) {
      // An async wrapper so a route that throws before its first await rejects instead of throwing
      // here; and a handler at once, so a failure while Redis answers is not an unhandled
      // rejection (Node's default ends the process on one) — it is still awaited below.
      early = (async () => route(ctx))();
      early.catch(() => {});
    }
    const limited = await limiting;
    headers = rateLimitHeaders(limited, rule);
    if (!limited.success) return tooManyRequests(limited, rule);
    if (!hasScope) {
      return problemResponse(403, 'FORBIDDEN', `This API key lacks the scope "${scope}".`, { missing_scope: scope }, headers);
    }
    const pending = early ?? route(ctx);
    early = undefined;
    const result = await pending;
    const reply = result instanceof V1Reply ? result : new V1Reply(200, result);
    // A stream (a generation's events) goes out as it is, with the content type its route names.
    const isStream = reply.body instanceof ReadableStream;
    if (!isStream) headers.set('content-type', 'application/json');
    for (const [name, value] of Object.entries(reply.headers)) headers.set(name, value);
    headers.set('cache-control', 'no-store');
    return new Response(isStream ? (reply.body as ReadableStream<Uint8Array>) : JSON.stringify(reply.body), {
      status: reply.status,
      headers,
    });
  } catch (err) {
    if (!isAppError(err) && !(err instanceof z.ZodError)) reportError(err, { where: 'api/v1' });
    const problem = problemFromError(err);
    headers.forEach((value, name) => problem.headers.set(name, value));
    return problem;
  } finally {
    // A read started beside a limit check that refused (or failed): its answer is never sent.
    if (early) discardEarlyRoute(early);
  }
}

/** draft-ietf-httpapi-ratelimit-headers: the quota, what is left of it, seconds until it refills. */
function rateLimitHeaders(limited: RateLimitResult, rule: RateLimitRule): Headers {
  return new Headers({
    'ratelimit-limit': String(limited.limit),
    'ratelimit-remaining': String(Math.max(0, limited.remaining)),
    'ratelimit-reset': String(resetSecondsOf(limited)),
    'ratelimit-policy': `${limited.limit};w=${rule.windowSeconds}`,
  });
}

const resetSecondsOf = (limited: RateLimitResult) => Math.max(0, Math.ceil((limited.reset - Date.now()) / 1000));

function tooManyRequests(limited: RateLimitResult, rule: RateLimitRule): Response {
  const headers = rateLimitHeaders(limited, rule);
  const retryAfter = Math.max(1, resetSecondsOf(limited));
  headers.set('retry-after', String(retryAfter));
  return problemResponse(429, 'RATE_LIMITED', `Too many requests with this key. Try again in ${retryAfter} s.`, {}, headers);
}

/**
 * Lets a discarded read finish on its own without an unhandled rejection; a stream it answered
 * with (a generation's events, a CSV export) is cancelled, so its iterator stops reading.
 */
function discardEarlyRoute(early: Promise<unknown>): void {
  early.then(
    (result) => {
      const body = result instanceof V1Reply ? result.body : undefined;
      if (body instanceof ReadableStream) body.cancel().catch(() => {});
    },
    () => {},
  );
}

/** The query string as an object, parsed by a strict schema: an unknown parameter is a 400. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

/**
 * A JSON body, capped at API_BODY_LIMIT_BYTES (413), UTF-8 JSON only (415/400), parsed by a strict
 * schema (unknown fields are a 400).
 */
export async function readV1Body<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  return parseV1Json(await readV1RawBody(request), schema);
}

/** The body's bytes as sent (capped, JSON content type only): what an Idempotency-Key's request hash covers. */
export async function readV1RawBody(request: Request): Promise<Uint8Array> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'errors.common.jsonRequired');
  }
  const bytes = await readCappedBody(request, API_BODY_LIMIT_BYTES);
  if (bytes === 'too-large') throw new AppError('PAYLOAD_TOO_LARGE', 'errors.common.bodyTooLarge');
  return bytes;
}

/** UTF-8 JSON bytes parsed by a strict schema: not JSON is a 400, unknown fields a 400 naming them. */
export function parseV1Json<T extends z.ZodType>(bytes: Uint8Array, schema: T): z.infer<T> {
  const text = decodeUtf8(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    throw new AppError('VALIDATION', 'errors.common.invalidRequest');
  }
  return schema.parse(json);
}
