import { handleV1Request } from '@/modules/api/handle-v1-request';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { streamV1GenerationEvents } from '@/modules/api/stream-v1-generation-events';
import { generationIdParams } from '@/modules/api/v1-generation-schemas';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.streamGenerationEvents.scope, ({ claims }) =>
    streamV1GenerationEvents(claims, generationIdParams.parse(params).id, { lastEventId: request.headers.get('last-event-id') }),
  );
}
