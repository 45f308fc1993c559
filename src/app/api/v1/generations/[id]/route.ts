import { handleV1Request } from '@/modules/api/handle-v1-request';
import { getV1Generation } from '@/modules/api/get-v1-generation';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { generationIdParams } from '@/modules/api/v1-generation-schemas';
import { assertKeyMayTouch } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.getGeneration.scope, async (ctx) => {
    const generation = await getV1Generation(ctx.claims, generationIdParams.parse(params).id);
    assertKeyMayTouch(ctx, generation.project_id);
    return generation;
  });
}
