import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { renderStoredErrorMessage } from '@/lib/i18n/render-error-message';
import { listDeployments } from '@/modules/host/list-deployments';
import { decodeCursor, encodeCursor } from './cursor';
import type { deploymentListSchema, listDeploymentsQuery } from './v1-publish-schemas';

/**
 * GET /api/v1/projects/{id}/deployments: host.listDeployments (under RLS), newest first, keyset-
 * paginated on the deployment's `seq` (one row more than the page tells whether there is a next
 * one). A project the key's owner may not see is a 404, not an empty list: the same answer as a
 * project that does not exist, so a key cannot probe other accounts' ids.
 */
export async function listV1Deployments(
  claims: VerifiedClaims,
  input: { projectId: string; query: z.infer<typeof listDeploymentsQuery> },
): Promise<z.infer<typeof deploymentListSchema>> {
  const after = decodeCursor(input.query.cursor);
  const { project, deployments } = await listDeployments(claims, {
    projectId: input.projectId,
    limit: input.query.limit + 1,
    beforeSeq: after ? Number(after.at) : undefined,
  });
  if (!project) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  const page = deployments.slice(0, input.query.limit);
  const last = page.at(-1);
  return {
    data: page.map((d) => ({
      id: d.id,
      version: d.version,
      status: d.status,
      is_live: d.isLive,
      error: d.error === null ? null : renderStoredErrorMessage(d.error, 'en'),
      total_bytes: d.totalBytes,
      created_at: d.createdAt.toISOString(),
      finished_at: d.finishedAt?.toISOString() ?? null,
    })),
    next_cursor: deployments.length > input.query.limit && last ? encodeCursor({ at: String(last.seq), id: last.id }) : null,
  };
}
