import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { operation, POST_PROBLEMS, replayedHeader, responses } from './openapi-operation';
import {
  deploymentListSchema,
  listDeploymentsQuery,
  publishProjectBody,
  publishQueuedSchema,
  rollbackDoneSchema,
  rollbackProjectBody,
} from './v1-publish-schemas';
import {
  createTicketBody,
  listTicketsQuery,
  replyToTicketBody,
  ticketIdParams,
  ticketListSchema,
  ticketReplySchema,
  ticketSchema,
} from './v1-ticket-schemas';
import { usageSchema } from './v1-usage-schema';
import { idempotencyKeyHeader, projectIdParams } from './v1-schemas';
import { V1_ROUTES } from './v1-routes';

// The publishing, tickets and usage operations of the OpenAPI document (issue 36), from the same
// zod schemas their routes parse and answer with.

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const PAYMENT_REQUIRED =
  "The account's payment is past due or unpaid (`PAYMENT_REQUIRED`): nothing new goes live; live sites keep serving.";

export function publishPaths(): ZodOpenApiPathsObject {
  return {
    [V1_ROUTES.publishProject.path]: {
      post: operation('publishProject', {
        summary: 'Publish a project',
        description:
          "Queues a deployment of the project's current draft, as the Publish button does; the build runs in the background (follow it in the deployments list). The body may be left out. Send an Idempotency-Key to retry safely.",
        requestParams: { path: projectIdParams, header: idempotencyKeyHeader },
        requestBody: { required: false, ...json(publishProjectBody) },
        responses: responses(
          publishQueuedSchema,
          {
            ...POST_PROBLEMS,
            '402': PAYMENT_REQUIRED,
            '404': 'No such project, not one the key may publish, or no draft yet.',
          },
          { status: '202', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.rollbackProject.path]: {
      post: operation('rollbackProject', {
        summary: 'Roll back to a deployment',
        description:
          'Makes an earlier ready deployment of the project live again, at once (nothing is rebuilt). Also republishes an unpublished site.',
        requestParams: { path: projectIdParams, header: idempotencyKeyHeader },
        requestBody: json(rollbackProjectBody),
        responses: responses(
          rollbackDoneSchema,
          {
            ...POST_PROBLEMS,
            '402': PAYMENT_REQUIRED,
            '404': 'No such project, or not one the key may publish.',
            '409': `The deployment is not a ready deployment of this project (\`CONFLICT\`). ${POST_PROBLEMS['409']}`,
          },
          { headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.listDeployments.path]: {
      get: operation('listDeployments', {
        summary: "List a project's deployments",
        description: 'Newest first, with the one the site serves marked `is_live`.',
        requestParams: { path: projectIdParams, query: listDeploymentsQuery },
        responses: responses(deploymentListSchema, { '404': 'No such project, or not one the key may see.' }),
      }),
    },
  };
}

export function ticketAndUsagePaths(): ZodOpenApiPathsObject {
  return {
    [V1_ROUTES.listTickets.path]: {
      get: operation('listTickets', {
        summary: 'List tickets',
        description: "The support tickets the key's owner opened, newest first.",
        requestParams: { query: listTicketsQuery },
        responses: responses(ticketListSchema),
      }),
      post: operation('createTicket', {
        summary: 'Open a ticket',
        description: "A support ticket to the agency, within the plan's monthly allowance. Send an Idempotency-Key to retry safely.",
        requestParams: { header: idempotencyKeyHeader },
        requestBody: json(createTicketBody),
        responses: responses(
          ticketSchema,
          {
            ...POST_PROBLEMS,
            '403': "The key lacks the scope (`missing_scope`), or the plan's tickets this month are used up (`TIER_LIMIT`).",
            '404': '`project_id` is not a project of the key’s owner.',
          },
          { status: '201', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.replyToTicket.path]: {
      post: operation('replyToTicket', {
        summary: 'Reply to a ticket',
        description: 'Adds a message to the conversation. Send an Idempotency-Key to retry safely.',
        requestParams: { path: ticketIdParams, header: idempotencyKeyHeader },
        requestBody: json(replyToTicketBody),
        responses: responses(
          ticketReplySchema,
          {
            ...POST_PROBLEMS,
            '404': 'No such ticket, or not one of the key’s owner.',
            '409': `The ticket is closed, merged, or resolved (reopen it first) (\`CONFLICT\`). ${POST_PROBLEMS['409']}`,
          },
          { status: '201', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.getUsage.path]: {
      get: operation('getUsage', {
        summary: 'Get usage and limits',
        description: "The plan, its limits and this period's usage: the same figures the limits are enforced with.",
        responses: responses(usageSchema),
      }),
    },
  };
}
