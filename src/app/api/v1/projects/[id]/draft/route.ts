import { getV1Draft } from '@/modules/api/get-v1-draft';
import { handleV1Request, readV1Body } from '@/modules/api/handle-v1-request';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { patchV1Draft } from '@/modules/api/patch-v1-draft';
import { patchDraftBody } from '@/modules/api/v1-schemas';
import { projectOf } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.getDraft.scope, (ctx) => getV1Draft(ctx.claims, projectOf(ctx, params)));
}

export async function PATCH(request: Request, context: Context) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.patchDraft.scope, async (ctx) =>
    patchV1Draft(ctx.claims, {
      projectId: projectOf(ctx, params),
      ifMatch: request.headers.get('if-match'),
      body: await readV1Body(request, patchDraftBody),
    }),
  );
}
