import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { readCappedBody } from '@/lib/http/read-capped-body';
import type { ApiScope } from './api-scopes';
import { handleV1Request, parseV1Json, readV1RawBody, type V1Context } from './handle-v1-request';
import { runIdempotentRequest } from './run-idempotent-request';
import { IDEMPOTENCY_KEY_MAX_LENGTH } from './v1-schemas';
import type { V1Reply } from './v1-reply';

/**
 * Every v1 POST: handleV1Request (key, rate limit, scope) → the `Idempotency-Key` header (400
 * when empty or longer than 255) → the body (capped, JSON, strict schema: unknown fields are a
 * 400 naming them) → the route, at most once per Idempotency-Key (runIdempotentRequest). The
 * body is validated before the key is claimed, so a request refused for its body claims nothing.
 */
export function handleV1Post<T extends z.ZodType>(
  request: Request,
  scope: ApiScope,
  schema: T,
  route: (ctx: V1Context, body: z.infer<T>) => Promise<V1Reply>,
  options: { isBodyOptional?: boolean } = {},
): Promise<Response> {
  return handleV1Request(request, scope, async (ctx) => {
    const idempotencyKey = request.headers.get('idempotency-key');
    if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > IDEMPOTENCY_KEY_MAX_LENGTH)) {
      throw new AppError('VALIDATION', 'errors.api.idempotencyKeyInvalid');
    }
    const raw =
      options.isBodyOptional && request.headers.get('content-type') === null ? await readEmptyBody(request) : await readV1RawBody(request);
    // An action with nothing to say (publish) may be POSTed bare, as curl -X POST sends it: read as `{}`.
    const body = parseV1Json(raw.length === 0 && options.isBodyOptional ? EMPTY_OBJECT : raw, schema);
    if (idempotencyKey === null) return route(ctx, body);
    return runIdempotentRequest(
      { claims: ctx.claims, apiKeyId: ctx.keyId, idempotencyKey, method: request.method, path: new URL(request.url).pathname, body: raw },
      () => route(ctx, body),
    );
  });
}

const EMPTY_OBJECT = new TextEncoder().encode('{}');

/** A bare POST (no content type) must be bare: bytes without a JSON content type are a 415, as on every POST. */
async function readEmptyBody(request: Request): Promise<Uint8Array> {
  const bytes = await readCappedBody(request, 0);
  if (bytes === 'too-large' || bytes.length > 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'errors.common.jsonRequired');
  return bytes;
}
