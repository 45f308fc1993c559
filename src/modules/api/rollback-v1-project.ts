import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rollbackDeployment } from '@/modules/host/rollback-deployment';
import type { rollbackDoneSchema, rollbackProjectBody } from './v1-publish-schemas';
import { V1Reply } from './v1-reply';

/**
 * POST /api/v1/projects/{id}/rollback: host.rollbackDeployment, the dashboard's "make live" — the
 * database function checks the caller may edit the project (404 otherwise, the same answer as a
 * project that does not exist), that the deployment is a ready one *of this project* (409
 * otherwise) and the owner's standing (402), and audits the switch. Nothing is rebuilt.
 */
export async function rollbackV1Project(
  claims: VerifiedClaims,
  input: { projectId: string; body: z.infer<typeof rollbackProjectBody> },
): Promise<V1Reply> {
  await rollbackDeployment(claims, { projectId: input.projectId, deploymentId: input.body.deploymentId });
  const body: z.infer<typeof rollbackDoneSchema> = {
    project_id: input.projectId,
    active_deployment_id: input.body.deploymentId,
    is_published: true,
  };
  return new V1Reply(200, body);
}
