import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { API_SCOPES, type ApiScope } from './api-scopes';
import { problemSchema, PROBLEM_CONTENT_TYPE } from './problem';
import { leadListSchema, listLeadsQuery, listProjectsQuery, projectIdParams, projectListSchema, projectSchema } from './v1-schemas';

/**
 * Every v1 route with the scope it needs: the route handlers, the OpenAPI document and the scope
 * table test all read this list.
 */
export const V1_ROUTES = {
  listProjects: { method: 'get', path: '/api/v1/projects', scope: 'read' },
  getProject: { method: 'get', path: '/api/v1/projects/{id}', scope: 'read' },
  listLeads: { method: 'get', path: '/api/v1/leads', scope: 'leads' },
} as const satisfies Record<string, { method: 'get' | 'post' | 'patch' | 'delete'; path: string; scope: ApiScope }>;
export type V1RouteName = keyof typeof V1_ROUTES;

const rateLimitHeaders = z.object({
  'RateLimit-Limit': z.string().meta({ description: 'Requests allowed per window for this key.' }),
  'RateLimit-Remaining': z.string().meta({ description: 'Requests left in this window.' }),
  'RateLimit-Reset': z.string().meta({ description: 'Seconds until the window refills.' }),
});

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

function responses(ok: z.ZodType, extra: Record<string, string> = {}): ZodOpenApiResponsesObject {
  return {
    '200': { description: 'OK', headers: rateLimitHeaders, content: { 'application/json': { schema: ok } } },
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
