import { getV1Draft } from '@/modules/api/get-v1-draft';
import { handleV1Request, readV1Body } from '@/modules/api/handle-v1-request';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { patchV1Draft } from '@/modules/api/patch-v1-draft';
import { patchDraftBody, projectIdParams } from '@/modules/api/v1-schemas';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.getDraft.scope, ({ claims }) => getV1Draft(claims, projectIdParams.parse(params).id));
}

export async function PATCH(request: Request, context: Context) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.patchDraft.scope, async ({ claims }) =>
    patchV1Draft(claims, {
      projectId: projectIdParams.parse(params).id,
      ifMatch: request.headers.get('if-match'),
      body: await readV1Body(request, patchDraftBody),
    }),
  );
}
