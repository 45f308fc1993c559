import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { operation, POST_PROBLEMS, rateLimitHeaders, replayedHeader, responses } from './openapi-operation';
import {
  createGenerationBody,
  generationEventStreamSchema,
  generationIdParams,
  generationQueuedSchema,
  generationSchema,
} from './v1-generation-schemas';
import { idempotencyKeyHeader } from './v1-schemas';
import { V1_ROUTES } from './v1-routes';

// The generation operations of the OpenAPI document (issue 36), from the same zod schemas their
// routes parse and answer with.

const NOT_FOUND_GENERATION = 'No such generation, or not one of a project the key may see.';

export function generationPaths(): ZodOpenApiPathsObject {
  const streamResponses = responses(generationSchema, { '404': NOT_FOUND_GENERATION });
  return {
    [V1_ROUTES.createGeneration.path]: {
      post: operation('createGeneration', {
        summary: 'Generate a site',
        description:
          "Writes a new site for the project from a prompt, as the studio does, and saves it as the project's next draft version. Answers 202 at once; follow the run with GET /generations/{id} or its event stream. Counts against the plan's monthly generations and AI tokens only when it succeeds; 429 with `QUOTA_EXCEEDED` when they are used up, or `RATE_LIMITED` after too many a minute. Send an Idempotency-Key to retry safely.",
        requestParams: { header: idempotencyKeyHeader },
        requestBody: { content: { 'application/json': { schema: createGenerationBody } } },
        responses: responses(
          generationQueuedSchema,
          {
            ...POST_PROBLEMS,
            '400': 'The body is not valid, or it asks for a site the product refuses to build (`VALIDATION`).',
            '403':
              'The key lacks the scope (`missing_scope`), or the plan refuses it: a payment past due, a project beyond the plan (`TIER_LIMIT`).',
            '404': 'No such project, or not one the key may edit.',
          },
          { status: '202', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.getGeneration.path]: {
      get: operation('getGeneration', {
        summary: 'Get a generation',
        description: 'Its status: running, then done (the draft is saved), failed or cancelled (nothing is charged).',
        requestParams: { path: generationIdParams },
        responses: responses(generationSchema, { '404': NOT_FOUND_GENERATION }),
      }),
    },
    [V1_ROUTES.streamGenerationEvents.path]: {
      get: operation('streamGenerationEvents', {
        summary: "Stream a generation's events",
        description:
          "Server-Sent Events: the run's events as the studio's live preview gets them (each finished section with the document so far), replayed from the start or after `Last-Event-ID`, then a last `status` event with the Generation.",
        requestParams: { path: generationIdParams },
        responses: {
          ...streamResponses,
          '200': {
            description: 'OK',
            headers: rateLimitHeaders,
            content: { 'text/event-stream': { schema: generationEventStreamSchema } },
          },
        },
      }),
    },
  };
}
