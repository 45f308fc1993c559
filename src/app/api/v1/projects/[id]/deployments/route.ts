import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Deployments } from '@/modules/api/list-v1-deployments';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { listDeploymentsQuery } from '@/modules/api/v1-publish-schemas';
import { projectOf } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.listDeployments.scope, (ctx) =>
    listV1Deployments(ctx.claims, { projectId: projectOf(ctx, params), query: parseQuery(request, listDeploymentsQuery) }),
  );
}
