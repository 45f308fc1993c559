import { eq, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { unsafeRaiseWebhookEvent } from '@/modules/webhooks/raise-webhook-event';
import { generations, type GenerationStatus } from './schema';

export type FinishGenerationInput = {
  generationId: string;
  status: Exclude<GenerationStatus, 'running'>;
  provider?: string;
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
  error?: string;
  /** What a stopped generation had produced (kept server-side for "continue"). */
  partial?: Record<string, unknown> | null;
};

/**
 * Closes a generation. On success the database records the `page_generate`
 * and `ai_token` usage events (idempotency keys derived from the generation
 * id) in the same transaction; a cancellation records the tokens already spent
 * (the work reached the person), a failure records nothing.
 */
export async function finishGeneration(claims: VerifiedClaims, input: FinishGenerationInput): Promise<void> {
  const finished = await withRls(claims, async (tx) => {
    await tx.execute(
      sql`select private.finish_generation(${input.generationId}::uuid, ${input.status}, ${input.provider ?? null}, ${input.model ?? null}, ${Math.round(input.inputTokens ?? 0)}::int, ${Math.round(input.outputTokens ?? 0)}::int, ${input.error ?? null}, ${input.partial ? JSON.stringify(input.partial) : null}::jsonb)`,
    );
    // What the row says now, not what was asked: a repeated finish leaves the first outcome.
    const [row] = await tx
      .select({ projectId: generations.projectId, status: generations.status })
      .from(generations)
      .where(eq(generations.id, input.generationId));
    return row;
  });
  // The project owner's endpoints that subscribe to generation.finished hear the outcome after
  // the commit (the finish runs under the caller's RLS, which cannot write webhook messages); a
  // finish that rolled back raises nothing, and the key makes a repeated finish one message. A
  // stopped (cancelled) generation is not a finished one: nothing is sent.
  if (finished?.status === 'succeeded' || finished?.status === 'failed') {
    await unsafeRaiseWebhookEvent({
      type: 'generation.finished',
      account: { projectId: finished.projectId },
      key: `generation.finished:${input.generationId}`,
      data: { generationId: input.generationId, projectId: finished.projectId, status: finished.status },
    });
  }
}
