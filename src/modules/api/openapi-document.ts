import { createDocument } from 'zod-openapi';
import { API_SCOPES } from './api-scopes';
import { addCurlSamples } from './openapi-curl-samples';
import { etagHeader, operation, POST_PROBLEMS, rateLimitHeaders, replayedHeader, responses } from './openapi-operation';
import { domainPaths } from './openapi-domain-paths';
import { filePaths } from './openapi-file-paths';
import { generationPaths } from './openapi-generation-paths';
import { publishPaths, ticketAndUsagePaths } from './openapi-more-paths';
import { V1_ROUTES } from './v1-routes';
import {
  createProjectBody,
  draftSavedSchema,
  draftSchema,
  exportLeadsQuery,
  idempotencyKeyHeader,
  ifMatchHeader,
  leadListSchema,
  leadsCsvSchema,
  listLeadsQuery,
  listProjectsQuery,
  patchDraftBody,
  projectIdParams,
  projectListSchema,
  projectSchema,
} from './v1-schemas';

// Route handlers and tests import the route list from here, with the document it describes.
export { V1_ROUTES, type V1RouteName } from './v1-routes';

let cached: ReturnType<typeof createDocument> | undefined;

const RESTRICTED_PROJECT_FILTER =
  '`project` names another project than the one this key is restricted to (a key for all projects gets an empty list for a project it cannot see).';

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes parse and answer with. */
export function openApiDocument() {
  if (cached) return cached;
  cached = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Page Magic API',
      version: '1.0.0',
      description: `Authenticate with \`Authorization: Bearer <key>\` (create keys in Settings → API keys). Scopes: ${API_SCOPES.join(', ')}. A key may be restricted to one project: every other project is then a 404 to it (as a project that is not yours is), its lists show that project only, and creating a project is a 403. Errors are RFC 9457 problem details.`,
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
              '403':
                "The key lacks the scope (`missing_scope`), is restricted to one project (`FORBIDDEN`), or the plan's project limit is reached (`TIER_LIMIT`).",
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
          responses: responses(leadListSchema, { '404': RESTRICTED_PROJECT_FILTER }),
        }),
      },
      [V1_ROUTES.exportLeads.path]: {
        get: operation('exportLeads', {
          summary: 'Export leads',
          description:
            'The leads the list would show with the same filters, all of them, as one CSV file (streamed, a page at a time; `Content-Disposition: attachment`). A file, not a page: no cursor.',
          requestParams: { query: exportLeadsQuery },
          responses: {
            ...responses(leadListSchema, { '404': RESTRICTED_PROJECT_FILTER }),
            '200': {
              description: 'OK',
              headers: rateLimitHeaders,
              content: { 'text/csv': { schema: leadsCsvSchema } },
            },
          },
        }),
      },
      ...publishPaths(),
      ...ticketAndUsagePaths(),
      ...generationPaths(),
      ...domainPaths(),
      ...filePaths(),
    },
  });
  cached = addCurlSamples(cached);
  return cached;
}
