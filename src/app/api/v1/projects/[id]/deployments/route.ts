import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Deployments } from '@/modules/api/list-v1-deployments';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { listDeploymentsQuery } from '@/modules/api/v1-publish-schemas';
import { projectIdParams } from '@/modules/api/v1-schemas';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.listDeployments.scope, ({ claims }) =>
    listV1Deployments(claims, { projectId: projectIdParams.parse(params).id, query: parseQuery(request, listDeploymentsQuery) }),
  );
}
