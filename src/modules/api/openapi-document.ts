import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { API_SCOPES, type ApiScope } from './api-scopes';
import { problemSchema, PROBLEM_CONTENT_TYPE } from './problem';
import {
  createProjectBody,
  draftSavedSchema,
  draftSchema,
  idempotencyKeyHeader,
  ifMatchHeader,
  leadListSchema,
  listLeadsQuery,
  listProjectsQuery,
  patchDraftBody,
  projectIdParams,
  projectListSchema,
  projectSchema,
} from './v1-schemas';

/**
 * Every v1 route with the scope it needs: the route handlers, the OpenAPI document and the scope
 * table test all read this list.
 */
export const V1_ROUTES = {
  listProjects: { method: 'get', path: '/api/v1/projects', scope: 'read' },
  getProject: { method: 'get', path: '/api/v1/projects/{id}', scope: 'read' },
  listLeads: { method: 'get', path: '/api/v1/leads', scope: 'leads' },
  createProject: { method: 'post', path: '/api/v1/projects', scope: 'write' },
  getDraft: { method: 'get', path: '/api/v1/projects/{id}/draft', scope: 'read' },
  patchDraft: { method: 'patch', path: '/api/v1/projects/{id}/draft', scope: 'write' },
} as const satisfies Record<string, { method: 'get' | 'post' | 'patch' | 'delete'; path: string; scope: ApiScope }>;
export type V1RouteName = keyof typeof V1_ROUTES;

const rateLimitHeaders = z.object({
  'RateLimit-Limit': z.string().meta({ description: 'Requests allowed per window for this key.' }),
  'RateLimit-Remaining': z.string().meta({ description: 'Requests left in this window.' }),
  'RateLimit-Reset': z.string().meta({ description: 'Seconds until the window refills.' }),
});

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

type Success = { status?: '200' | '201'; headers?: z.ZodObject };

function responses(ok: z.ZodType, extra: Record<string, string> = {}, success: Success = {}): ZodOpenApiResponsesObject {
  return {
    [success.status ?? '200']: {
      description: success.status === '201' ? 'Created' : 'OK',
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
const POST_PROBLEMS = {
  '409': 'A request with this Idempotency-Key is still running (`IDEMPOTENCY_KEY_IN_FLIGHT`): retry to get its result.',
  '413': 'The body is larger than 64 KiB.',
  '415': 'The body is not JSON.',
  '422': 'This Idempotency-Key was used for a different request (`IDEMPOTENCY_KEY_REUSED`).',
};

const replayedHeader = z.object({
  'Idempotent-Replayed': z
    .literal('true')
    .optional()
    .meta({ description: 'Present when this is the stored response of an earlier request with the same Idempotency-Key.' }),
});
const etagHeader = z.object({ ETag: z.string().meta({ description: 'The draft version this body shows; send it as If-Match to PATCH.' }) });

function operation(
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

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes parse and answer with. */
export function openApiDocument() {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Page Magic API',
      version: '1.0.0',
      description: `Authenticate with \`Authorization: Bearer <key>\` (create keys in Settings → API keys). Scopes: ${API_SCOPES.join(', ')}. Errors are RFC 9457 problem details.`,
    },
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (pm_live_…).' } } },
    paths: {
      [V1_ROUTES.listProjects.path]: {
        get: operation('listProjects', {
          summary: 'List projects',
          description: "The projects the key's owner works on, newest first.",
          requestParams: { query: listProjectsQuery },
          responses: responses(projectListSchema),
        }),
        post: operation('createProject', {
          summary: 'Create a project',
          description:
            "A new project (site) owned by the key's owner, within the plan's project limit (403 `TIER_LIMIT` beyond it). Send an Idempotency-Key to retry safely.",
          requestParams: { header: idempotencyKeyHeader },
          requestBody: { content: { 'application/json': { schema: createProjectBody } } },
          responses: responses(
            projectSchema,
            {
              ...POST_PROBLEMS,
              '403': "The key lacks the scope (`missing_scope`), or the plan's project limit is reached (`TIER_LIMIT`).",
              '409': `The slug is taken (\`CONFLICT\`). ${POST_PROBLEMS['409']}`,
            },
            { status: '201', headers: replayedHeader },
          ),
        }),
      },
      [V1_ROUTES.getDraft.path]: {
        get: operation('getDraft', {
          summary: "Get a project's draft",
          description: 'The newest version of the site document, with its ETag.',
          requestParams: { path: projectIdParams },
          responses: responses(
            draftSchema,
            { '404': 'No such project, not one the key may see, or no draft yet.' },
            { headers: etagHeader },
          ),
        }),
        patch: operation('patchDraft', {
          summary: "Edit a project's draft",
          description:
            "Applies the editor's typed edit operations, in order, to the draft version If-Match names, and saves the result as the next version (with its new ETag). Nothing is saved if any operation does not apply (400).",
          requestParams: { path: projectIdParams, header: ifMatchHeader },
          requestBody: { content: { 'application/json': { schema: patchDraftBody } } },
          responses: responses(
            draftSavedSchema,
            {
              '404': 'No such project, not one the key may edit, or no draft yet.',
              '412': 'If-Match is not the current draft (`PRECONDITION_FAILED`): read it again and reapply the edits.',
              '413': POST_PROBLEMS['413'],
              '415': POST_PROBLEMS['415'],
              '428': 'If-Match is missing (`PRECONDITION_REQUIRED`).',
            },
            { headers: etagHeader },
          ),
        }),
      },
      [V1_ROUTES.getProject.path]: {
        get: operation('getProject', {
          summary: 'Get a project',
          requestParams: { path: projectIdParams },
          responses: responses(projectSchema, { '404': 'No such project, or not one the key may see.' }),
        }),
      },
      [V1_ROUTES.listLeads.path]: {
        get: operation('listLeads', {
          summary: 'List leads',
          description: "Leads from the key owner's sites, newest first.",
          requestParams: { query: listLeadsQuery },
          responses: responses(leadListSchema),
        }),
      },
    },
  });
  return cached;
}
