import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { operation, POST_PROBLEMS, replayedHeader, responses } from './openapi-operation';
import { addDomainBody, domainIdParams, domainListSchema, domainSchema, verifyDomainBody } from './v1-domain-schemas';
import { idempotencyKeyHeader, projectIdParams } from './v1-schemas';
import { V1_ROUTES } from './v1-routes';

// The custom-domain operations of the OpenAPI document (issue 36), from the same zod schemas
// their routes parse and answer with.

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function domainPaths(): ZodOpenApiPathsObject {
  return {
    [V1_ROUTES.listDomains.path]: {
      get: operation('listDomains', {
        summary: "List a project's domains",
        description: 'Each custom domain with its status and the DNS records to create.',
        requestParams: { path: projectIdParams },
        responses: responses(domainListSchema, { '404': 'No such project, or not one the key may see.' }),
      }),
      post: operation('addDomain', {
        summary: 'Add a custom domain',
        description:
          "Adds the domain (and, for an apex with `withWww`, its `www`) to the project, waiting for DNS: create the records it lists, then verify. Within the plan's domain limit. Send an Idempotency-Key to retry safely.",
        requestParams: { path: projectIdParams, header: idempotencyKeyHeader },
        requestBody: json(addDomainBody),
        responses: responses(
          domainListSchema,
          {
            ...POST_PROBLEMS,
            '400': 'The body is not valid, or the name is not a domain one can add (`VALIDATION`): a public suffix, one of ours, an IP.',
            '403': "The key lacks the scope (`missing_scope`), or the plan's domain limit is reached (`TIER_LIMIT`).",
            '404': 'No such project, or not one the key may publish.',
            '409': `The domain is already added (\`CONFLICT\`). ${POST_PROBLEMS['409']}`,
          },
          { status: '201', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.verifyDomain.path]: {
      post: operation('verifyDomain', {
        summary: 'Check a domain now',
        description:
          "Looks up the domain's DNS records now and records the outcome (status waiting → verified → live). A few checks a minute per account (429 beyond). The body may be left out. Send an Idempotency-Key to retry safely.",
        requestParams: { path: domainIdParams, header: idempotencyKeyHeader },
        requestBody: { required: false, ...json(verifyDomainBody) },
        responses: responses(
          domainSchema,
          { ...POST_PROBLEMS, '404': 'No such domain, or not one the key may see.' },
          { headers: replayedHeader },
        ),
      }),
    },
  };
}
