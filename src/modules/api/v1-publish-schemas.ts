import { z } from 'zod';
import { UNFINISHED_STATUSES, type DeploymentStatus } from '@/modules/host/deployment-status';
import { isoDate, nextCursor, pageQuery } from './v1-schemas';

/**
 * The wire shapes of publishing over /api/v1 (issue 36: publish / rollback / deployments). Like
 * v1-schemas.ts, the OpenAPI document is generated from these and the routes parse with them.
 */

const DEPLOYMENT_STATUSES = [...UNFINISHED_STATUSES, 'ready', 'failed'] as const satisfies readonly DeploymentStatus[];

export const listDeploymentsQuery = z.object(pageQuery).strict();

/** Publishing takes no options: it builds the project's current draft. A body, if sent, must be `{}`. */
export const publishProjectBody = z.object({}).strict().meta({ id: 'PublishRequest' });

export const rollbackProjectBody = z
  .object({ deploymentId: z.uuid().meta({ description: 'A `ready` deployment of this project (from the deployments list).' }) })
  .strict()
  .meta({ id: 'RollbackRequest' });

export const deploymentSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1).meta({ description: 'The draft version this deployment built.' }),
    status: z.enum(DEPLOYMENT_STATUSES).meta({ description: 'queued → building → checking → ready, or failed.' }),
    is_live: z.boolean().meta({ description: 'Whether the site serves this deployment now.' }),
    error: z.string().nullable().meta({ description: 'Why it failed (English), when it did.' }),
    total_bytes: z.number().int().nullable(),
    created_at: isoDate,
    finished_at: isoDate.nullable(),
  })
  .meta({ id: 'Deployment' });

export const deploymentListSchema = z.object({ data: z.array(deploymentSchema), next_cursor: nextCursor }).meta({ id: 'DeploymentList' });

export const publishQueuedSchema = z
  .object({
    id: z.uuid(),
    project_id: z.uuid(),
    version: z.number().int().min(1),
    status: z.enum(DEPLOYMENT_STATUSES),
    created_at: isoDate,
  })
  .meta({ id: 'PublishQueued', description: 'The deployment just queued; follow it in the deployments list.' });

export const rollbackDoneSchema = z
  .object({ project_id: z.uuid(), active_deployment_id: z.uuid(), is_published: z.literal(true) })
  .meta({ id: 'RollbackDone' });
