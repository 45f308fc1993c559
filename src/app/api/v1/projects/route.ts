import { createV1Project } from '@/modules/api/create-v1-project';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Projects } from '@/modules/api/list-v1-projects';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { createProjectBody, listProjectsQuery } from '@/modules/api/v1-schemas';
import { assertAccountWideKey } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.listProjects.scope, ({ claims, keyProjectId }) =>
    listV1Projects(claims, parseQuery(request, listProjectsQuery), { onlyProjectId: keyProjectId }),
  );
}

export function POST(request: Request) {
  return handleV1Post(request, V1_ROUTES.createProject.scope, createProjectBody, (ctx, body) => {
    assertAccountWideKey(ctx);
    return createV1Project(ctx.claims, body);
  });
}
