import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import type { GenerationStatus } from './schema';

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
  await withRls(claims, (tx) =>
    tx.execute(
      sql`select private.finish_generation(${input.generationId}::uuid, ${input.status}, ${input.provider ?? null}, ${input.model ?? null}, ${Math.round(input.inputTokens ?? 0)}::int, ${Math.round(input.outputTokens ?? 0)}::int, ${input.error ?? null}, ${input.partial ? JSON.stringify(input.partial) : null}::jsonb)`,
    ),
  );
}
