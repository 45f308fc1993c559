import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
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
};

/**
 * Closes a generation. On success the database records the `page_generate`
 * and `ai_token` usage events (idempotency keys derived from the generation
 * id) in the same transaction; failures and cancellations record nothing.
 */
export async function finishGeneration(claims: VerifiedClaims, input: FinishGenerationInput): Promise<void> {
  await withRls(claims, (tx) =>
    tx.execute(
      sql`select private.finish_generation(${input.generationId}::uuid, ${input.status}, ${input.provider ?? null}, ${input.model ?? null}, ${Math.round(input.inputTokens ?? 0)}::int, ${Math.round(input.outputTokens ?? 0)}::int, ${input.error ?? null})`,
    ),
  );
}
