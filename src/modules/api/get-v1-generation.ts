import type { VerifiedClaims } from '@/lib/claims';
import { getGeneration, type GenerationSummary } from '@/modules/generate/get-generation';
import type { WireGeneration } from './v1-generation-schemas';

const WIRE_STATUS = { running: 'running', succeeded: 'done', failed: 'failed', cancelled: 'cancelled' } as const;

export function wireGeneration(generation: GenerationSummary): WireGeneration {
  return {
    id: generation.id,
    project_id: generation.projectId,
    status: WIRE_STATUS[generation.status],
    started_at: generation.startedAt.toISOString(),
    finished_at: generation.finishedAt?.toISOString() ?? null,
  };
}

/**
 * GET /api/v1/generations/{id}: the generation's stored status (generate.getGeneration, under
 * RLS): another account's generation is a 404, as its project is. The reason a run failed stays
 * in our logs: it is an internal message, and the draft is simply not written.
 */
export async function getV1Generation(claims: VerifiedClaims, generationId: string): Promise<WireGeneration> {
  return wireGeneration(await getGeneration(claims, generationId));
}
