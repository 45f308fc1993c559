import { after } from 'next/server';
import { getProviderChain } from '@/lib/ai/get-provider-chain';
import { reportError } from '@/lib/observability';
import { createV1Generation } from '@/modules/api/create-v1-generation';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { createGenerationBody } from '@/modules/api/v1-generation-schemas';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { assertKeyMayTouch } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';
// The run continues after the 202 (see keepAlive); as long as the studio's generate route allows.
export const maxDuration = 300;

/**
 * `after` keeps a serverless invocation alive until the run ends. Outside a request (a test or a
 * script calling this handler) there is nothing to keep alive: the process lives on by itself.
 */
function keepAlive(run: Promise<void>) {
  try {
    after(() => run);
  } catch (err) {
    if (!(err instanceof Error && err.message.includes('outside a request scope'))) reportError(err, { where: 'api/v1 generations' });
  }
}

export async function POST(request: Request) {
  return handleV1Post(request, V1_ROUTES.createGeneration.scope, createGenerationBody, (ctx, body) => {
    assertKeyMayTouch(ctx, body.projectId);
    return createV1Generation(ctx.claims, body, { chain: getProviderChain(), offline: offlineComposer, keepAlive });
  });
}
