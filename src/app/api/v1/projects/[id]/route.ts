import { handleV1Request } from '@/modules/api/handle-v1-request';
import { getV1Project } from '@/modules/api/list-v1-projects';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { projectOf } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.getProject.scope, (ctx) => getV1Project(ctx.claims, projectOf(ctx, params)));
}
