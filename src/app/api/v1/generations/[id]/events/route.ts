import { handleV1Request } from '@/modules/api/handle-v1-request';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { streamV1GenerationEvents } from '@/modules/api/stream-v1-generation-events';
import { generationIdParams } from '@/modules/api/v1-generation-schemas';
import { assertKeyMayTouch } from '@/modules/api/key-project';
import { getV1Generation } from '@/modules/api/get-v1-generation';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.streamGenerationEvents.scope, async (ctx) => {
    const id = generationIdParams.parse(params).id;
    // A restricted key: the generation's project first (RLS still decides whether it is the owner's at all).
    if (ctx.keyProjectId) assertKeyMayTouch(ctx, (await getV1Generation(ctx.claims, id)).project_id);
    return streamV1GenerationEvents(ctx.claims, id, { lastEventId: request.headers.get('last-event-id') });
  });
}
