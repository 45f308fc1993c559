import { handleV1Post } from '@/modules/api/handle-v1-post';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { publishV1Project } from '@/modules/api/publish-v1-project';
import { publishProjectBody } from '@/modules/api/v1-publish-schemas';
import { projectOf } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(
    request,
    V1_ROUTES.publishProject.scope,
    publishProjectBody,
    (ctx) => publishV1Project(ctx.claims, projectOf(ctx, params)),
    { isBodyOptional: true },
  );
}
