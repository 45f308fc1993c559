import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { requestPublish } from '@/modules/host/request-publish';
import type { publishQueuedSchema } from './v1-publish-schemas';
import { V1Reply } from './v1-reply';

/**
 * POST /api/v1/projects/{id}/publish: host.requestPublish, the dashboard's Publish button's own
 * function — the deployment row and its job event in one transaction, so an Idempotency-Key replay
 * never queues a second build. 202: the build runs in the jobs engine; its progress is in the
 * deployments list. A project the key's owner may not edit is a 404 (requestPublish says so), an
 * owner behind on payment a 402, a project without a draft a 404.
 */
export async function publishV1Project(claims: VerifiedClaims, projectId: string): Promise<V1Reply> {
  const deployment = await requestPublish(claims, { projectId });
  const body: z.infer<typeof publishQueuedSchema> = {
    id: deployment.id,
    project_id: projectId,
    version: deployment.version,
    status: deployment.status,
    created_at: deployment.createdAt.toISOString(),
  };
  return new V1Reply(202, body);
}
