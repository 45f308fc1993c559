import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { problemSchema, PROBLEM_CONTENT_TYPE } from './problem';
import { V1_ROUTES, type V1RouteName } from './v1-routes';

// The pieces every operation of the OpenAPI document is made of (openapi-document.ts and the
// path files it merges): declared responses with their problem shapes and headers, and the scope.

export const rateLimitHeaders = z.object({
  'RateLimit-Limit': z.string().meta({ description: 'Requests allowed per window for this key.' }),
  'RateLimit-Remaining': z.string().meta({ description: 'Requests left in this window.' }),
  'RateLimit-Reset': z.string().meta({ description: 'Seconds until the window refills.' }),
});

export const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

type Success = { status?: '200' | '201' | '202'; headers?: z.ZodObject };
const SUCCESS_DESCRIPTIONS = { '200': 'OK', '201': 'Created', '202': 'Accepted' } as const;

export function responses(ok: z.ZodType, extra: Record<string, string> = {}, success: Success = {}): ZodOpenApiResponsesObject {
  return {
    [success.status ?? '200']: {
      description: SUCCESS_DESCRIPTIONS[success.status ?? '200'],
      headers: success.headers ? rateLimitHeaders.extend(success.headers.shape) : rateLimitHeaders,
      content: { 'application/json': { schema: ok } },
    },
    '400': problem('The query or body is not valid (unknown parameters included).'),
    '401': problem('No key, or an unknown, revoked or expired one.'),
    '403': problem('The key lacks the scope this route needs (`missing_scope`).'),
    ...Object.fromEntries(Object.entries(extra).map(([status, description]) => [status, problem(description)])),
    '429': {
      ...problem('Too many requests with this key.'),
      headers: rateLimitHeaders.extend({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.' }) }),
    },
    '500': problem('Our fault; nothing about it is shown.'),
  };
}

/** What every POST may answer besides its success, for its JSON body and its Idempotency-Key. */
export const POST_PROBLEMS = {
  '409': 'A request with this Idempotency-Key is still running (`IDEMPOTENCY_KEY_IN_FLIGHT`): retry to get its result.',
  '413': 'The body is larger than 64 KiB.',
  '415': 'The body is not JSON.',
  '422': 'This Idempotency-Key was used for a different request (`IDEMPOTENCY_KEY_REUSED`).',
};

export const replayedHeader = z.object({
  'Idempotent-Replayed': z
    .literal('true')
    .optional()
    .meta({ description: 'Present when this is the stored response of an earlier request with the same Idempotency-Key.' }),
});
export const etagHeader = z.object({
  ETag: z.string().meta({ description: 'The draft version this body shows; send it as If-Match to PATCH.' }),
});

export function operation(
  name: V1RouteName,
  op: Omit<ZodOpenApiOperationObject, 'responses' | 'security'> & { responses: ZodOpenApiResponsesObject },
) {
  const scope = V1_ROUTES[name].scope;
  return {
    operationId: name,
    security: [{ apiKey: [] }],
    'x-required-scope': scope,
    ...op,
    description: `${op.description ?? ''} Needs scope \`${scope}\`.`.trim(),
  };
}
